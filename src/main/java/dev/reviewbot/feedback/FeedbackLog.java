package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Records feedback so bad answers can be reviewed later, in a {@link FeedbackStore}: bounded JSON lines in the
 * data folder by default (with no file, an in-memory library, the recent clicks in memory), or a table every
 * process shares.
 */
public final class FeedbackLog {

    public static final String FILE = "feedback.jsonl";

    private final FeedbackStore store;

    /** @param file where to append, or null to keep the recent clicks in memory only */
    public FeedbackLog(Path file) {
        this(new JsonLinesFeedback(file));
    }

    public FeedbackLog(FeedbackStore store) {
        this.store = store;
    }

    public void record(Feedback feedback) {
        store.append(feedback);
    }

    /** The clicks kept that were made at or after {@code from}, oldest first. */
    public List<Feedback> since(Instant from) {
        return store.since(from);
    }

    /** Helpful votes since the bot started (every process's, with a shared store). */
    public long helpfulCount() {
        return store.count(true);
    }

    public long unhelpfulCount() {
        return store.count(false);
    }
}
