package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.reviewbot.answer.Answer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** {@link RecentAnswers} in this process's memory: the last 50,000 answers, each for a day. */
public final class InMemoryRecentAnswers implements RecentAnswers {

    /** 36^12: every id below it is at most 12 base-36 digits (Long.MAX_VALUE would take 13). */
    private static final long ID_BOUND = 4_738_381_338_321_616_896L;

    private final Cache<String, Answer> answers;

    public InMemoryRecentAnswers(Ticker ticker) {
        this.answers = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofHours(24))
                .ticker(ticker).build();
    }

    @Override
    public String remember(Answer answer) {
        while (true) {
            String id = Long.toString(ThreadLocalRandom.current().nextLong(ID_BOUND), 36);
            if (answers.asMap().putIfAbsent(id, answer) == null) {
                return id;
            }
        }
    }

    @Override
    public Optional<Answer> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(answers.getIfPresent(id));
    }
}
