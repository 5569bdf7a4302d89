package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A process's follower over a real PostgreSQL: it catches up when it starts, hears of each new version at
 * once, polls for what nobody announced, rides out a database restart with one warning, and lets go of its
 * connection when closed. The sync it drives is a counter here (no library, no model).
 */
class LibraryFollowerTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final String LISTENING = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND query = 'LISTEN " + PostgresLibraryRecord.CHANNEL + "'";

    /** Polls every second, as POSTGRES.settings() says. */
    private static Database polling;
    /** Hears of new versions by notification alone: its poll interval is far longer than any wait here. */
    private static Database notified;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final AtomicInteger syncs = new AtomicInteger();

    @BeforeAll
    static void open() {
        polling = POSTGRES.open();
        DatabaseSettings settings = POSTGRES.settings();
        notified = Database.open(new DatabaseSettings(settings.url(), 4, 3, 600), Optional.empty());
    }

    @AfterAll
    static void close() {
        notified.close();
    }

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(LibraryFollower.class)).addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(LibraryFollower.class)).detachAppender(log);
    }

    @Test
    void catchesUpWhenStarted_thenSyncsOncePerAnnouncedVersion() throws InterruptedException {
        try (LibraryFollower follower = startedByMain(() -> LibraryFollower.start(notified, syncs::incrementAndGet))) {
            await().atMost(SOON).until(() -> syncs.get() >= 1);
            assertThat(syncs).as("a catch-up, then nothing until a version is announced").hasValue(1);

            new PostgresLibraryRecord(polling).write(List.of(review()), List.of());

            await().atMost(SOON).until(() -> syncs.get() >= 2);
            assertThat(syncs).hasValue(2);
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("library-follower"))
                    .as("never keeps the process from exiting, whoever started it").isNotEmpty().allMatch(Thread::isDaemon);
        }
        assertThat(log.list).as("nothing to warn about").isEmpty();
    }

    @Test
    void aVersionNobodyAnnounced_isFoundByTheNextPoll() {
        PostgresLibraryRecord record = new PostgresLibraryRecord(polling);
        AtomicLong seen = new AtomicLong(-1);
        try (LibraryFollower follower = LibraryFollower.start(polling, () -> {
            seen.set(record.version());
            return seen.get();
        })) {
            await().atMost(SOON).until(() -> seen.get() == record.version());

            POSTGRES.execute("UPDATE library_head SET version = version + 1"); // no NOTIFY

            await().atMost(SOON).until(() -> seen.get() == record.version());
        }
    }

    @Test
    void close_letsGoOfTheListeningConnectionAtOnce() throws SQLException {
        LibraryFollower follower = LibraryFollower.start(notified, syncs::incrementAndGet);
        await().atMost(SOON).until(() -> listening() == 1 && syncs.get() == 1);

        long started = System.nanoTime();
        follower.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        await().atMost(SOON).until(() -> listening() == 0);
        assertThat(log.list).as("a close is not a failure").isEmpty();
    }

    @Test
    void close_waitsForTheSyncInProgress() throws InterruptedException {
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        LibraryFollower follower = LibraryFollower.start(notified, () -> {
            if (syncs.incrementAndGet() == 2) {
                syncing.countDown();
                awaitQuietly(release);
                finished.incrementAndGet();
            }
            return 0;
        });
        await().atMost(SOON).until(() -> syncs.get() == 1);
        new PostgresLibraryRecord(polling).write(List.of(review()), List.of());
        assertThat(syncing.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(follower::close);
        closing.start();
        await().during(Duration.ofMillis(300)).atMost(SOON).until(closing::isAlive);
        release.countDown();
        closing.join(3_000);

        assertThat(closing.isAlive()).isFalse();
        assertThat(finished).as("the library is closed after the follower, never under a sync").hasValue(1);
    }

    @Test
    void aFailingSync_isWarnedAboutOnce_andRetriedAtThePollPace() {
        try (LibraryFollower follower = LibraryFollower.start(polling, () -> {
            if (syncs.incrementAndGet() <= 2) {
                throw new IllegalStateException("the replica cannot be written\nsecond line");
            }
            return 0;
        })) {
            await().atMost(SOON).until(() -> syncs.get() >= 3);
            await().atMost(SOON).until(() -> log.list.size() >= 2);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "cannot follow the library in the database at " + POSTGRES.url()
                        + " (the replica cannot be written); retrying every 1000 ms",
                "the database is back; the library is up to date again");
    }

    @Test
    void anInterruptedFollower_stops() {
        Set<Thread> before = followerThreads();
        LibraryFollower follower = LibraryFollower.start(notified, () -> {
            syncs.incrementAndGet();
            throw new IllegalStateException("failing, so that it waits a poll interval to retry");
        });
        await().atMost(SOON).until(() -> !log.list.isEmpty());
        Set<Thread> started = followerThreads();
        started.removeAll(before);

        started.forEach(Thread::interrupt);

        await().atMost(SOON).until(() -> started.stream().noneMatch(Thread::isAlive));
        assertThat(syncs).hasValue(1);
        follower.close();
    }

    @Test
    void close_keepsTheCallersInterrupt() {
        LibraryFollower follower = LibraryFollower.start(notified, syncs::incrementAndGet);

        Thread.currentThread().interrupt();
        follower.close();

        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void theDatabaseRestarted_warnsOnce_thenCatchesUpAndSaysSo() {
        PostgresLibraryRecord record = new PostgresLibraryRecord(polling);
        AtomicLong seen = new AtomicLong(-1);
        try (LibraryFollower follower = LibraryFollower.start(polling, () -> {
            syncs.incrementAndGet();
            seen.set(record.version());
            return seen.get();
        })) {
            await().atMost(SOON).until(() -> syncs.get() >= 1);

            POSTGRES.stopServer();
            try {
                await().atMost(SOON).until(() -> !log.list.isEmpty());
            } finally {
                POSTGRES.startServer();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> log.list.size() >= 2);
            long version = record.write(List.of(review()), List.of());
            await().atMost(SOON).until(() -> seen.get() == version);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                lost -> assertThat(lost).startsWith("cannot follow the library in the database at " + POSTGRES.url() + " (")
                        .endsWith("; retrying every 1000 ms").doesNotContain("\n"),
                back -> assertThat(back).isEqualTo("the database is back; the library is up to date again"));
    }

    /** Started from a thread that is not a daemon, as main is. */
    private static LibraryFollower startedByMain(Supplier<LibraryFollower> start) throws InterruptedException {
        AtomicReference<LibraryFollower> started = new AtomicReference<>();
        Thread main = new Thread(() -> started.set(start.get()));
        main.setDaemon(false);
        main.start();
        main.join();
        return started.get();
    }

    private static Set<Thread> followerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("library-follower"))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int listening() throws SQLException {
        try (Connection connection = polling.dataSource().getConnection();
             Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery(LISTENING)) {
            count.next();
            return count.getInt(1);
        }
    }

    private static Review review() {
        return new Review("followed/" + System.nanoTime(), "Followed", null, null, null, null,
                List.of(new Section("Review", "Written while followed.")));
    }
}
