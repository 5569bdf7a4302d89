package dev.reviewbot.state;

import dev.reviewbot.command.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * {@link RateLimits} shared by every process: each user's token bucket is a row that bucket4j locks
 * (SELECT ... FOR UPDATE) while it takes a token, so a flood spread over several processes is limited as
 * one. The "told once" notices are first-time keys that last a window, as in memory. A bucket's row
 * expires once it is full again (bucket4j stamps it, in epoch milliseconds of the system clock), and
 * {@link ExpiredRows} deletes it: a user who went quiet costs nothing.
 */
public final class PostgresRateLimits implements RateLimits {

    /** How long the bucket takes to refill whole, and so how long one notice lasts. */
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration allowance;
    private final PostgresOnce told;

    /** @param perMinute questions a user may ask per minute; 0 or less turns the limit off */
    public PostgresRateLimits(DataSource database, Clock clock, int perMinute) {
        this.perMinute = perMinute;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("chat_rate_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(new ClockTimeMeter(clock))
                .build();
        this.allowance = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(perMinute, 1)).refillGreedy(Math.max(perMinute, 1), WINDOW)
                        .build())
                .build();
        this.told = new PostgresOnce(database, clock, WINDOW, "notice/");
    }

    @Override
    public Admission admit(String userKey) {
        String key = "limit:" + userKey;
        if (perMinute <= 0 || buckets.getProxy(userKey, () -> allowance).tryConsume(1)) {
            told.forget(key); // the limit has reset: a later refusal is news again
            return Admission.ANSWER;
        }
        return told.firstTime(key) ? Admission.TELL_LIMITED : Admission.STAY_QUIET;
    }

    @Override
    public boolean firstNotice(String userKey, String notice) {
        return told.firstTime(notice + ":" + userKey);
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    /** bucket4j's time from the injected clock, so tests move both together. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
