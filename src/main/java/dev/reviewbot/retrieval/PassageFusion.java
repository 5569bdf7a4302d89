package dev.reviewbot.retrieval;

/**
 * How retrieval orders passages: cosine similarity plus BM25 and the aspect label, each weighed relative to
 * similarity. The weights come from the fitted sentence scoring (answer/ScoringModel), not set by hand.
 *
 * @param lexicalWeight weight of the saturated BM25 score next to cosine similarity
 * @param aspectBoost   added when a passage covers the aspect asked about
 */
public record PassageFusion(double lexicalWeight, double aspectBoost) {

    public PassageFusion {
        if (!(lexicalWeight >= 0) || !(aspectBoost >= 0)) {
            throw new IllegalArgumentException("fusion weights must be at least 0, were " + lexicalWeight + " and " + aspectBoost);
        }
    }
}
