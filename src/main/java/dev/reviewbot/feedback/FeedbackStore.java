package dev.reviewbot.feedback;

/**
 * Where votes are kept for later review: a JSON-lines file of this process ({@link JsonLinesFeedback}),
 * or a table every process shares.
 *
 * <p>Contract: {@link #count} counts every vote appended (by any process sharing the store); safe for
 * concurrent use.
 */
public interface FeedbackStore {

    void append(Feedback feedback);

    /** Votes recorded as helpful (true) or not (false). */
    long count(boolean helpful);
}
