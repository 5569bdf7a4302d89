package dev.reviewbot.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shared state that expires, in a real PostgreSQL (one server per JVM, one database for the class): a key
 * is held until exactly its time and is new again then, a thread lasts a day after its last use, and the
 * cleaner deletes what has expired and nothing else. Each test uses keys of its own on a clock it moves.
 */
class ExpiringStateTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;

    /** A clock moved by hand, starting at a time of the test's own (keys never meet another test's). */
    private static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeAll
    static void open() {
        database = POSTGRES.open();
    }

    private final HandClock clock = new HandClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void aKey_isHeldUntilExactlyItsTime_thenNewAgain() {
        PostgresOnce once = new PostgresOnce(database.dataSource(), clock, Duration.ofMinutes(10), "once-test/");

        assertThat(once.firstTime("event-1")).isTrue();
        assertThat(once.firstTime("event-1")).isFalse();
        clock.move(Duration.ofMinutes(10).minusMillis(1));
        assertThat(once.firstTime("event-1")).as("a millisecond before it expires").isFalse();
        clock.move(Duration.ofMillis(1));
        assertThat(once.firstTime("event-1")).as("at exactly its expiry").isTrue();
        assertThat(once.firstTime("event-1")).as("claimed again for ten minutes").isFalse();
    }

    @Test
    void keys_areKeptApartByNamespace_andVotesByUser() {
        PostgresOnce events = new PostgresOnce(database.dataSource(), clock, Duration.ofDays(1), "ns-a/");
        PostgresOnce notices = new PostgresOnce(database.dataSource(), clock, Duration.ofDays(1), "ns-b/");

        assertThat(events.firstTime("k")).isTrue();
        assertThat(notices.firstTime("k")).isTrue();
        assertThat(events.firstVote("answer-1", "ada")).isTrue();
        assertThat(events.firstVote("answer-1", "ada")).isFalse();
        assertThat(events.firstVote("answer-1", "ben")).isTrue();
        assertThat(events.firstVote("answer-2", "ada")).isTrue();
    }

    @Test
    void aForgottenKey_isNewAgain_andOnlyThatKey() {
        PostgresOnce once = new PostgresOnce(database.dataSource(), clock, Duration.ofDays(1), "forget-test/");
        once.firstTime("limit");
        once.firstTime("other");

        once.forget("limit");

        assertThat(once.firstTime("limit")).isTrue();
        assertThat(once.firstTime("other")).isFalse();
    }

    @Test
    void aThread_lastsADayAfterItsLastUse() {
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database.dataSource(), clock);
        threads.answered("thread-1");
        threads.answered("thread-2");

        clock.move(Duration.ofHours(23));
        assertThat(threads.contains("thread-1")).as("read after 23 hours, which keeps it a day more").isTrue();
        clock.move(Duration.ofHours(23));
        assertThat(threads.contains("thread-1")).isTrue();
        assertThat(threads.contains("thread-2")).as("idle for 46 hours").isFalse();
        clock.move(Duration.ofDays(1));
        assertThat(threads.contains("thread-1")).as("at exactly a day after its last use").isFalse();
        assertThat(threads.contains("never")).isFalse();
    }

    @Test
    void aThreadAnsweredAgain_isKeptADayFromThen_andAForgottenOneIsGone() {
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database.dataSource(), clock);
        threads.answered("thread-3");
        clock.move(Duration.ofHours(20));
        threads.answered("thread-3");
        threads.answered("thread-4");
        clock.move(Duration.ofHours(20));

        assertThat(threads.contains("thread-3")).isTrue();
        threads.forget("thread-4");
        assertThat(threads.contains("thread-4")).isFalse();
    }

    @Test
    void theCleaner_deletesWhatExpiredByNow_andKeepsTheRest() {
        HandClock later = new HandClock(Instant.parse("2027-01-01T00:00:00Z"));
        PostgresOnce once = new PostgresOnce(database.dataSource(), later, Duration.ofMinutes(5), "clean-test/");
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database.dataSource(), later);
        once.firstTime("early");
        threads.answered("clean-thread");
        later.move(Duration.ofMinutes(1));
        once.firstTime("late");
        ExpiredRows cleaner = new ExpiredRows(database.dataSource(), later);
        int before = cleaner.delete(); // whatever the other tests left expired by 2027

        later.move(Duration.ofMinutes(4)); // "early" expires exactly now, "late" in a minute
        assertThat(cleaner.delete()).isEqualTo(1);
        assertThat(cleaner.delete()).isZero();
        assertThat(once.firstTime("late")).isFalse();
        assertThat(threads.contains("clean-thread")).isTrue();
        later.move(Duration.ofDays(1));
        assertThat(cleaner.delete()).isEqualTo(2);
        assertThat(before).isNotNegative();
    }
}
