package dev.reviewbot.answer;

import dev.reviewbot.retrieval.Question;

/**
 * Cosine of a sentence's own embedding to the question's, where sentence vectors are at hand. The library
 * stores passage vectors only (docs/QUALITY.md, "Sentence vectors", has the measured gain against the cost),
 * so answers use {@link #NONE}; `fit-scoring --sentence-vectors` embeds sentences on the fly to measure it.
 */
@FunctionalInterface
public interface SentenceSimilarity {

    /** No sentence vectors: the feature is 0 and its fitted weight with it. */
    SentenceSimilarity NONE = (question, sentence) -> 0;

    double of(Question question, String sentence);
}
