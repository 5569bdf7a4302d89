package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Every question answered or declined, as JSON lines in the data directory ({@value #FILE}), kept across
 * restarts and bounded (see {@link JsonLines}); the admins' report reads it.
 */
public final class QuestionLog {

    public static final String FILE = "questions.jsonl";
    /** About 30,000 questions per file; the log keeps at most two files. */
    static final long MAX_BYTES = 8L << 20;
    /** What an in-memory library keeps. */
    static final int MAX_RECORDS = 10_000;

    private final JsonLines<QuestionRecord> lines;

    /** @param file where to append, or null to keep the recent questions in memory only */
    public QuestionLog(Path file) {
        this(file, MAX_BYTES);
    }

    QuestionLog(Path file, long maxBytes) {
        this.lines = new JsonLines<>(file, QuestionRecord.class, maxBytes, MAX_RECORDS);
    }

    public void record(QuestionRecord question) {
        lines.append(question);
    }

    /** The questions kept that were asked at or after {@code from}, oldest first. */
    public List<QuestionRecord> since(Instant from) {
        return lines.read().stream().filter(q -> !q.at().isBefore(from)).toList();
    }
}
