package dev.reviewbot.answer;

/**
 * When evidence is strong enough to answer. Tuned on eval/questions.jsonl; docs/QUALITY.md has the scores.
 *
 * @param minSimilarity    cosine similarity a passage needs when some of the question's words occur in it
 * @param strongSimilarity cosine similarity that answers even when none of the question's words occur
 * @param maxQuotes        sentences quoted at most (one to three)
 */
public record AnswerSettings(double minSimilarity, double strongSimilarity, int maxQuotes) {


    public AnswerSettings {
        if (maxQuotes < 1 || maxQuotes > 3) {
            throw new IllegalArgumentException("maxQuotes must be 1 to 3, was " + maxQuotes);
        }
    }
}
