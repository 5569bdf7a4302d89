package dev.reviewbot.answer;

import java.time.Duration;

/** An answer with how it was produced: from the cache or not, and how long it took. */
public record AnswerResult(Answer answer, boolean cached, Duration elapsed) {
}
