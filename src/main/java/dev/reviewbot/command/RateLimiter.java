package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * A per-user limit on questions (a token bucket per user, from bucket4j). One user hitting the limit
 * never slows anyone else. Buckets of users who went quiet are dropped by Caffeine.
 */
public final class RateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    /** @param perMinute questions a user may ask per minute; 0 or less turns the limit off */
    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one question from the user's allowance; false when it is used up. */
    public boolean tryAcquire(String platform, String userId) {
        if (perMinute <= 0) {
            return true;
        }
        return buckets.get(platform + ":" + userId, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }

    public int perMinute() {
        return perMinute;
    }
}
