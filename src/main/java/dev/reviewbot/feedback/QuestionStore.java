package dev.reviewbot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Where the questions asked are kept for the admins' report: bounded JSON lines of this process
 * ({@link JsonLinesQuestions}), or a table every process shares.
 *
 * <p>Contract: {@link #since} returns the questions kept (appended by any process sharing the store) that
 * were asked at or after a time, oldest first; a bounded or expiring store may have dropped the oldest; safe
 * for concurrent use.
 */
public interface QuestionStore {

    void append(QuestionRecord question);

    /** The questions kept that were asked at or after {@code from}, oldest first. */
    List<QuestionRecord> since(Instant from);
}
