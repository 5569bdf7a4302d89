package dev.reviewbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Channel threads the bot has answered in, where later messages are follow-ups that need no mention.
 * A thread nobody touches for a day is forgotten; so is everything on restart (a mention revives it).
 */
final class AnsweredThreads {

    private final Cache<String, Boolean> threads = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofDays(1)).build();

    void answered(String channel, String threadTs) {
        threads.put(channel + "/" + threadTs, Boolean.TRUE);
    }

    void forget(String channel, String threadTs) {
        threads.invalidate(channel + "/" + threadTs);
    }

    boolean contains(String channel, String threadTs) {
        return threads.getIfPresent(channel + "/" + threadTs) != null;
    }
}
