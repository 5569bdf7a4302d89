package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers recently sent, by a short id that fits in a button ("Full section", thumbs up/down), so that
 * a click can find the question and citations it is about. Kept for a day.
 */
public final class RecentAnswers {

    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofHours(24)).build();

    /** @return an id of 12 characters or fewer */
    public String remember(Answer answer) {
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        answers.put(id, answer);
        return id;
    }

    public Optional<Answer> find(String id) {
        return Optional.ofNullable(answers.getIfPresent(id));
    }
}
