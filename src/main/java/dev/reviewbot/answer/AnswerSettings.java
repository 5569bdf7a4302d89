package dev.reviewbot.answer;

/**
 * Which passages may answer at all, and how answers are quoted. Which sentence answers, and when the bot
 * declines among those that may, is fitted ({@link ScoringModel}).
 *
 * @param minSimilarity    cosine similarity a passage needs when some of the question's words occur in it
 * @param strongSimilarity cosine similarity at which a passage is on topic even when none of the question's words occur
 * @param maxQuotes        sentences quoted at most (one to three)
 * @param scoringFile      fitted scoring weights to use instead of the bundled ones for the embedding model
 *                         (empty for those), relative to the ReviewBot home
 */
public record AnswerSettings(double minSimilarity, double strongSimilarity, int maxQuotes, String scoringFile) {


    public AnswerSettings {
        if (maxQuotes < 1 || maxQuotes > 3) {
            throw new IllegalArgumentException("maxQuotes must be 1 to 3, was " + maxQuotes);
        }
    }
}
