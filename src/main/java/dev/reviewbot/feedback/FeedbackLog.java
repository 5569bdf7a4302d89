package dev.reviewbot.feedback;

import java.nio.file.Path;

/**
 * Records feedback so bad answers can be reviewed later, in a {@link FeedbackStore}: JSON lines in the
 * data folder by default (with no file, an in-memory library, it only counts), or a table every process
 * shares.
 */
public final class FeedbackLog {

    private final FeedbackStore store;

    /** @param file where to append, or null to keep nothing but the counts */
    public FeedbackLog(Path file) {
        this(new JsonLinesFeedback(file));
    }

    public FeedbackLog(FeedbackStore store) {
        this.store = store;
    }

    public void record(Feedback feedback) {
        store.append(feedback);
    }

    public long helpfulCount() {
        return store.count(true);
    }

    public long unhelpfulCount() {
        return store.count(false);
    }
}
