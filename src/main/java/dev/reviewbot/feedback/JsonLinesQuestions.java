package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Questions as JSON lines ({@value QuestionLog#FILE}) in this process's data directory, kept across restarts
 * and bounded (see {@link JsonLines}); with no file (an in-memory library) the recent ones stay in memory.
 */
public final class JsonLinesQuestions implements QuestionStore {

    /** About 30,000 questions per file; the log keeps at most two files. */
    static final long MAX_BYTES = 8L << 20;
    /** What an in-memory library keeps. */
    static final int MAX_RECORDS = 10_000;

    private final JsonLines<QuestionRecord> lines;

    /** @param file where to append, or null to keep the recent questions in memory only */
    public JsonLinesQuestions(Path file) {
        this(file, MAX_BYTES);
    }

    JsonLinesQuestions(Path file, long maxBytes) {
        this.lines = new JsonLines<>(file, QuestionRecord.class, maxBytes, MAX_RECORDS);
    }

    @Override
    public void append(QuestionRecord question) {
        lines.append(question);
    }

    @Override
    public List<QuestionRecord> since(Instant from) {
        return lines.read().stream().filter(q -> !q.at().isBefore(from)).toList();
    }
}
