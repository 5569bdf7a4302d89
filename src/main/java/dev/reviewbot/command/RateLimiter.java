package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * {@link RateLimits} in this process's memory: a per-user limit on questions (a token bucket per user, from bucket4j). One user hitting the limit
 * never slows anyone else. Buckets of users who went quiet are dropped by Caffeine.
 *
 * <p>It also decides when the bot speaks about the limit: a user is told once that they are limited, and
 * after that the bot stays quiet (a platform reacts instead of posting) until a question is allowed again,
 * so a flood never makes the bot post once per message. Notices that answer nothing (the hint for an
 * empty mention) are likewise given once per window.
 */
public final class RateLimiter implements RateLimits {

    /** How long the bucket takes to refill whole, and so how long one notice lasts. */
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Boolean> told;
    private final TimeMeter time;

    /** @param perMinute questions a user may ask per minute; 0 or less turns the limit off */
    public RateLimiter(int perMinute) {
        this(perMinute, Ticker.systemTicker());
    }

    /** @param ticker the time buckets refill and notices expire by (tests move it by hand) */
    public RateLimiter(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.told = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(WINDOW).ticker(ticker).build();
    }

    /** Takes one question from the user's allowance; false when it is used up. */
    private boolean tryAcquire(String userKey) {
        if (perMinute <= 0) {
            return true;
        }
        return buckets.get(userKey, k -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build()).tryConsume(1);
    }

    @Override
    public Admission admit(String userKey) {
        String key = "limit:" + userKey;
        if (tryAcquire(userKey)) {
            told.invalidate(key); // the limit has reset: a later refusal is news again
            return Admission.ANSWER;
        }
        return told.asMap().putIfAbsent(key, Boolean.TRUE) == null ? Admission.TELL_LIMITED : Admission.STAY_QUIET;
    }

    @Override
    public boolean firstNotice(String userKey, String notice) {
        return told.asMap().putIfAbsent(notice + ":" + userKey, Boolean.TRUE) == null;
    }

    @Override
    public int perMinute() {
        return perMinute;
    }
}
