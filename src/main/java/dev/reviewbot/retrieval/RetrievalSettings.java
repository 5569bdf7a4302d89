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
 */
public record RetrievalSettings(int candidates, double aspectSimilarity,
                                double questionAspectSimilarity) {


    public RetrievalSettings {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
    }
}
