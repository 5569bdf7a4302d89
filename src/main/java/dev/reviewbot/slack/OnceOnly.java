package dev.reviewbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers keys (event ids, messages, votes) for a while so each is handled once: Slack retries an event
 * it thinks was not acknowledged, Bolt passes retries on, and one message can arrive as both app_mention
 * and message. Kept in memory: instances behind a load balancer do not share it.
 */
final class OnceOnly {

    private final Cache<String, Boolean> seen;

    /** @param remembered how long a key is kept: longer than anything can come again */
    OnceOnly(Duration remembered) {
        this.seen = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(remembered).build();
    }

    /** True the first time {@code key} is seen, false after that while it is remembered. */
    boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
