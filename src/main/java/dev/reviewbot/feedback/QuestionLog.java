package dev.reviewbot.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Every question answered or declined, for the admins' report, in a {@link QuestionStore}: bounded JSON lines
 * in the data directory ({@value #FILE}) by default, or a table every process shares.
 */
public final class QuestionLog {

    public static final String FILE = "questions.jsonl";

    private final QuestionStore store;

    /** @param file where to append, or null to keep the recent questions in memory only */
    public QuestionLog(Path file) {
        this(new JsonLinesQuestions(file));
    }

    QuestionLog(Path file, long maxBytes) {
        this(new JsonLinesQuestions(file, maxBytes));
    }

    public QuestionLog(QuestionStore store) {
        this.store = store;
    }

    public void record(QuestionRecord question) {
        store.append(question);
    }

    /** The questions kept that were asked at or after {@code from}, oldest first. */
    public List<QuestionRecord> since(Instant from) {
        return store.since(from);
    }
}
