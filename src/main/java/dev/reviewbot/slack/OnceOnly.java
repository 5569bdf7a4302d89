package dev.reviewbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers keys (event ids, messages) for a while so each is handled once: Slack retries an event it
 * thinks was not acknowledged, Bolt passes retries on, and one message can arrive as both app_mention
 * and message. Kept in memory: instances behind a load balancer do not share it.
 */
final class OnceOnly {

    /** Slack retries three times, the last about five minutes after the first attempt. */
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofHours(1)).build();

    /** True the first time {@code key} is seen, false ever after (within the hour). */
    boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
