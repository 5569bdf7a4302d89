package dev.reviewbot.answer;

/**
 * How answers are quoted. When evidence is strong enough to answer is fitted ({@link ScoringModel}).
 *
 * @param maxQuotes        sentences quoted at most (one to three)
 * @param scoringFile      fitted scoring weights to use instead of the bundled ones for the embedding model
 *                         (empty for those), relative to the ReviewBot home
 */
public record AnswerSettings(int maxQuotes, String scoringFile) {


    public AnswerSettings {
        if (maxQuotes < 1 || maxQuotes > 3) {
            throw new IllegalArgumentException("maxQuotes must be 1 to 3, was " + maxQuotes);
        }
    }
}
