package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * {@link SeenEvents} and {@link Votes} in this process's memory: keys kept for a while (instances behind a
 * load balancer do not share them).
 */
public final class InMemoryOnce implements SeenEvents, Votes {

    private final Cache<String, Boolean> seen;

    /** @param remembered how long a key is kept: longer than anything can come again */
    public InMemoryOnce(Duration remembered, Ticker ticker) {
        this.seen = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(remembered).ticker(ticker).build();
    }

    @Override
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    @Override
    public boolean firstVote(String answerId, String userKey) {
        return firstTime("vote/" + answerId + "/" + userKey);
    }
}
