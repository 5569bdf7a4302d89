package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feedback as JSON lines ({@value FeedbackLog#FILE}, one object per click) in this process's data folder, kept
 * across restarts and bounded (see {@link JsonLines}); with no file (an in-memory library) the recent clicks
 * stay in memory. Counts start at zero with the process.
 */
public final class JsonLinesFeedback implements FeedbackStore {

    /** About 8,000 clicks with their citations per file; the log keeps at most two files. */
    static final long MAX_BYTES = 8L << 20;
    static final int MAX_RECORDS = 10_000;

    private final JsonLines<Feedback> lines;
    private final AtomicLong helpful = new AtomicLong();
    private final AtomicLong unhelpful = new AtomicLong();

    /** @param file where to append, or null to keep the recent clicks in memory only */
    public JsonLinesFeedback(Path file) {
        this(file, MAX_BYTES);
    }

    JsonLinesFeedback(Path file, long maxBytes) {
        this.lines = new JsonLines<>(file, Feedback.class, maxBytes, MAX_RECORDS);
    }

    @Override
    public void append(Feedback feedback) {
        (feedback.helpful() ? helpful : unhelpful).incrementAndGet();
        lines.append(feedback);
    }

    @Override
    public long count(boolean helpfulOnes) {
        return (helpfulOnes ? helpful : unhelpful).get();
    }

    @Override
    public List<Feedback> since(Instant from) {
        return lines.read().stream().filter(f -> !f.at().isBefore(from)).toList();
    }
}
