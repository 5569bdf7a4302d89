package dev.reviewbot.retrieval;

/**
 * How many passages retrieval ranks, and when a passage or a question is about an aspect by its meaning. How
 * the rankings are weighed against each other is fitted ({@link PassageFusion}).
 *
 * @param candidates   how many passages each ranking contributes before fusion
 * @param aspectSimilarity cosine similarity of a passage's (heading and text) embedding to an aspect's
 *                     description at which the passage covers the aspect, whatever its heading says
 * @param questionAspectSimilarity cosine similarity of a question's embedding to an aspect's description at
 *                     which the question asks about it, when none of the aspect's words occur in it
 * @param wordSimilarity cosine similarity of two single words' embeddings at which they mean the same here
 *                     ("finish" and "ending"): a question's word then asks about the aspect of the other
 * @param wordMargin   how much closer that word must be to its aspect than to any other aspect's words
 */
public record RetrievalSettings(int candidates, double aspectSimilarity,
                                double questionAspectSimilarity, double wordSimilarity, double wordMargin) {

    /** No word read by meaning (a cosine never reached). */
    public RetrievalSettings(int candidates, double aspectSimilarity, double questionAspectSimilarity) {
        this(candidates, aspectSimilarity, questionAspectSimilarity, 2, 0);
    }

    public RetrievalSettings {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
    }
}
