package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records feedback as JSON lines ({@value #FILE}, one object per click) so bad answers can be reviewed later,
 * kept across restarts and bounded (see {@link JsonLines}); with no file (an in-memory library) the recent
 * clicks are kept in memory.
 */
public final class FeedbackLog {

    public static final String FILE = "feedback.jsonl";
    /** About 8,000 clicks with their citations per file; the log keeps at most two files. */
    static final long MAX_BYTES = 8L << 20;
    static final int MAX_RECORDS = 10_000;

    private final JsonLines<Feedback> lines;
    private final AtomicLong helpful = new AtomicLong();
    private final AtomicLong unhelpful = new AtomicLong();

    /** @param file where to append, or null to keep the recent clicks in memory only */
    public FeedbackLog(Path file) {
        this(file, MAX_BYTES);
    }

    FeedbackLog(Path file, long maxBytes) {
        this.lines = new JsonLines<>(file, Feedback.class, maxBytes, MAX_RECORDS);
    }

    public void record(Feedback feedback) {
        (feedback.helpful() ? helpful : unhelpful).incrementAndGet();
        lines.append(feedback);
    }

    /** The clicks kept that were made at or after {@code from}, oldest first. */
    public List<Feedback> since(Instant from) {
        return lines.read().stream().filter(f -> !f.at().isBefore(from)).toList();
    }

    /** Helpful votes since the bot started. */
    public long helpfulCount() {
        return helpful.get();
    }

    public long unhelpfulCount() {
        return unhelpful.get();
    }
}
