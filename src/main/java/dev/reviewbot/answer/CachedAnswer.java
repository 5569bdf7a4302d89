package dev.reviewbot.answer;

import java.util.List;

/**
 * An answer with what the conversation should remember after it, so a cache hit updates it too, and what
 * the question was about (the admins' report groups declined questions by it).
 */
public record CachedAnswer(Answer answer, List<String> films, String question, AnswerResult.Topic topic) {
}
