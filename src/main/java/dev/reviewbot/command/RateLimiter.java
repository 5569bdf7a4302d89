package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * A per-user limit on questions (a token bucket per user, from bucket4j). One user hitting the limit
 * never slows anyone else. Buckets of users who went quiet are dropped by Caffeine.
 *
 * <p>It also decides when the bot speaks about the limit: a user is told once that they are limited, and
 * after that the bot stays quiet (a platform reacts instead of posting) until a question is allowed again,
 * so a flood never makes the bot post once per message. Notices that answer nothing (the hint for an
 * empty mention) are likewise given once per window.
 */
public final class RateLimiter {

    /** What to do with a user's question. */
    public enum Admission {
        /** Answer it. */
        ANSWER,
        /** Refuse it, and say so: the first refusal since the user was last allowed. */
        TELL_LIMITED,
        /** Refuse it without a message (a reaction at most): the user has been told. */
        STAY_QUIET
    }

    /** How long the bucket takes to refill whole, and so how long one notice lasts. */
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Boolean> told;

    /** @param perMinute questions a user may ask per minute; 0 or less turns the limit off */
    public RateLimiter(int perMinute) {
        this(perMinute, Ticker.systemTicker());
    }

    /** @param ticker the time notices expire by (tests move it by hand) */
    public RateLimiter(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.told = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(WINDOW).ticker(ticker).build();
    }

    /** Takes one question from the user's allowance; false when it is used up. */
    public boolean tryAcquire(String platform, String userId) {
        if (perMinute <= 0) {
            return true;
        }
        return buckets.get(platform + ":" + userId, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build()).tryConsume(1);
    }

    /** Takes one question from the user's allowance, and says whether to answer, to tell, or to stay quiet. */
    public Admission admit(String platform, String userId) {
        String key = "limit:" + platform + ":" + userId;
        if (tryAcquire(platform, userId)) {
            told.invalidate(key); // the limit has reset: a later refusal is news again
            return Admission.ANSWER;
        }
        return told.asMap().putIfAbsent(key, Boolean.TRUE) == null ? Admission.TELL_LIMITED : Admission.STAY_QUIET;
    }

    /** True the first time in a window that this user is given this notice (e.g. "hint"); false after. */
    public boolean firstNotice(String platform, String userId, String notice) {
        return told.asMap().putIfAbsent(notice + ":" + platform + ":" + userId, Boolean.TRUE) == null;
    }

    public int perMinute() {
        return perMinute;
    }
}
