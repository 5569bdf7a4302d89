package dev.reviewbot.command;

import dev.reviewbot.answer.Answer;
import java.util.Optional;

/**
 * Answers recently sent, by a short id that fits in a button ("Full section", votes, share), so that a
 * click can find the question and citations it is about. Owned by the core; the wiring picks the
 * implementation ({@link InMemoryRecentAnswers} today).
 *
 * <p>Contract: {@link #remember} returns a new id of at most 12 characters from [0-9a-z] that no other
 * remembered answer has; {@link #find} returns the answer for an id for at least a day after it was
 * remembered, and empty for an unknown or forgotten id. Safe for concurrent use.
 */
public interface RecentAnswers {

    String remember(Answer answer);

    Optional<Answer> find(String id);
}
