package dev.reviewbot.answer;

import java.util.List;

/** An answer with what the conversation should remember after it, so a cache hit updates it too. */
public record CachedAnswer(Answer answer, List<String> films, String question) {
}
