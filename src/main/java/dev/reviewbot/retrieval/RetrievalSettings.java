package dev.reviewbot.retrieval;

/**
 * How the lexical and vector rankings are fused. Weights were tuned on eval/questions.jsonl; see
 * docs/QUALITY.md before changing them.
 *
 * @param candidates   how many passages each ranking contributes before fusion
 * @param lexicalWeight weight of the normalised BM25 score next to cosine similarity
 * @param aspectBoost  added when a passage's section covers the aspect asked about
 * @param aspectSimilarity cosine similarity of a passage's (heading and text) embedding to an aspect's
 *                     description at which the passage covers the aspect, whatever its heading says
 * @param questionAspectSimilarity cosine similarity of a question's embedding to an aspect's description at
 *                     which the question asks about it, when none of the aspect's words occur in it
 */
public record RetrievalSettings(int candidates, double lexicalWeight, double aspectBoost, double aspectSimilarity,
                                double questionAspectSimilarity) {


    public RetrievalSettings {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
    }
}
