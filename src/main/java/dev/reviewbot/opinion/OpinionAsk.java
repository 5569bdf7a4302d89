package dev.reviewbot.opinion;

/**
 * What an opinion question asks for.
 *
 * @param kind      pros and cons, disagreement or comparison
 * @param direction +1 for praise ("best", "liked"), -1 for criticism ("weaknesses", "hated"), 0 for both
 *                  ("do the reviewers agree?")
 * @param polarity  how much closer the question is to praise than to criticism, from which the direction was read
 * @param similarity the question's cosine to the kind's closest description
 * @param bothSides  "pros and cons of X", "strengths and weaknesses": the most positive and the most negative,
 *                   told by a pros-and-cons description that names no side; its direction is 0
 */
public record OpinionAsk(OpinionKind kind, int direction, double polarity, double similarity, boolean bothSides) {

    public OpinionAsk(OpinionKind kind, int direction, double polarity, double similarity) {
        this(kind, direction, polarity, similarity, false);
    }

    public OpinionAsk {
        if (direction < -1 || direction > 1) {
            throw new IllegalArgumentException("direction is -1, 0 or 1, was " + direction);
        }
        if (bothSides && direction != 0) {
            throw new IllegalArgumentException("a question asking for both sides leans neither way, leaned " + direction);
        }
    }

    /** The side asked for, criticism or praise; praise when the question asks for neither. */
    public int sideOrPraise() {
        return direction == 0 ? 1 : direction;
    }
}
