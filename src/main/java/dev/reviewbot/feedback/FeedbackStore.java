package dev.reviewbot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Where votes are kept for later review: a bounded JSON-lines file of this process ({@link JsonLinesFeedback}),
 * or a table every process shares.
 *
 * <p>Contract: {@link #count} counts every vote appended (by any process sharing the store); {@link #since}
 * returns the votes kept that were given at or after a time, oldest first (a bounded store may have dropped the
 * oldest); safe for concurrent use.
 */
public interface FeedbackStore {

    void append(Feedback feedback);

    /** Votes recorded as helpful (true) or not (false). */
    long count(boolean helpful);

    /** The votes kept that were given at or after {@code from}, oldest first. */
    List<Feedback> since(Instant from);
}
