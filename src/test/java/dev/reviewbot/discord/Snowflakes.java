package dev.reviewbot.discord;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord snowflake ids that encode the current time. JDA derives an interaction's age from its id and
 * refuses to answer one that looks older than its token lifetime, so every id made here is fresh and
 * strictly increasing.
 */
public final class Snowflakes {

    /** Discord's epoch: 2015-01-01T00:00:00Z. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {
    }

    /** A new snowflake for the current time, greater than every one returned before. */
    public static long next() {
        long timeBased = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        return LAST.updateAndGet(previous -> Math.max(previous + 1, timeBased));
    }

    /** {@link #next()} as the decimal string Discord sends. */
    public static String nextId() {
        return Long.toUnsignedString(next());
    }

    /** The creation time encoded in a snowflake. */
    public static Instant timeOf(String snowflake) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
