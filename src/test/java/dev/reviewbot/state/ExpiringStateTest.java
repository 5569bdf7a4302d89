package dev.reviewbot.state;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.llm.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @BeforeAll
    static void open() {
        database = POSTGRES.open();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void aKey_isHeldUntilExactlyItsTime_thenNewAgain() {
        PostgresOnce once = new PostgresOnce(database.dataSource(), clock, Duration.ofMinutes(10), "once-test/");

        assertThat(once.firstTime("event-1")).isTrue();
        assertThat(once.firstTime("event-1")).isFalse();
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(once.firstTime("event-1")).as("a millisecond before it expires").isFalse();
        clock.advance(Duration.ofMillis(1));
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

        clock.advance(Duration.ofHours(23));
        assertThat(threads.contains("thread-1")).as("read after 23 hours, which keeps it a day more").isTrue();
        clock.advance(Duration.ofHours(23));
        assertThat(threads.contains("thread-1")).isTrue();
        assertThat(threads.contains("thread-2")).as("idle for 46 hours").isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(threads.contains("thread-1")).as("at exactly a day after its last use").isFalse();
        assertThat(threads.contains("never")).isFalse();
    }

    @Test
    void aThreadAnsweredAgain_isKeptADayFromThen_andAForgottenOneIsGone() {
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database.dataSource(), clock);
        threads.answered("thread-3");
        clock.advance(Duration.ofHours(20));
        threads.answered("thread-3");
        threads.answered("thread-4");
        clock.advance(Duration.ofHours(20));

        assertThat(threads.contains("thread-3")).isTrue();
        threads.forget("thread-4");
        assertThat(threads.contains("thread-4")).isFalse();
    }

    @Test
    void theCleaner_deletesWhatExpiredByNow_andKeepsTheRest() {
        MutableClock later = new MutableClock(Instant.parse("2027-01-01T00:00:00Z"));
        PostgresOnce once = new PostgresOnce(database.dataSource(), later, Duration.ofMinutes(5), "clean-test/");
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database.dataSource(), later);
        once.firstTime("early");
        threads.answered("clean-thread");
        later.advance(Duration.ofMinutes(1));
        once.firstTime("late");
        ExpiredRows cleaner = new ExpiredRows(database.dataSource(), later);
        int before = cleaner.delete(); // whatever the other tests left expired by 2027

        later.advance(Duration.ofMinutes(4)); // "early" expires exactly now, "late" in a minute
        assertThat(cleaner.delete()).isEqualTo(1);
        assertThat(cleaner.delete()).isZero();
        assertThat(once.firstTime("late")).isFalse();
        assertThat(threads.contains("clean-thread")).isTrue();
        later.advance(Duration.ofDays(1));
        assertThat(cleaner.delete()).isEqualTo(2);
        assertThat(before).isNotNegative();
    }

    @Test
    void aConversation_isUnderstoodUntilItHasBeenIdleItsWholeTime() {
        // later than any other test's rows, so that the count is this test's alone
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        PostgresConversations conversations = new PostgresConversations(database.dataSource(), clock, Duration.ofMinutes(30));
        ConversationId channel = new ConversationId("discord", "conv-c1");
        ConversationId other = new ConversationId("slack", "conv-c1");
        long before = conversations.size();
        assertThat(before).isZero();

        conversations.remember(channel, List.of("Ballerina", "Glass Orchard"), "how is the acting?");
        conversations.remember(other, List.of(), "nothing to remember without a film");
        conversations.remember(null, List.of("Ballerina"), "nowhere");

        assertThat(conversations.stateOf(channel)).isEqualTo(
                new Conversations.State(List.of("Ballerina", "Glass Orchard"), "how is the acting?"));
        assertThat(conversations.stateOf(other)).isEqualTo(Conversations.State.NONE);
        assertThat(conversations.stateOf(null)).isEqualTo(Conversations.State.NONE);
        assertThat(conversations.size()).isEqualTo(before + 1);
        clock.advance(Duration.ofMinutes(29));
        assertThat(conversations.stateOf(channel).films()).as("read after 29 minutes: kept 30 more").hasSize(2);
        clock.advance(Duration.ofMinutes(29));
        assertThat(conversations.stateOf(channel).films()).hasSize(2);
        clock.advance(Duration.ofMinutes(30));
        assertThat(conversations.stateOf(channel)).as("idle exactly 30 minutes").isEqualTo(Conversations.State.NONE);
        assertThat(conversations.size()).isEqualTo(before);
    }

    @Test
    void aConversationRemembered_replacesItsFilmsAndQuestion() {
        PostgresConversations conversations = new PostgresConversations(database.dataSource(), clock, Duration.ofMinutes(30));
        ConversationId channel = new ConversationId("discord", "conv-c2");
        conversations.remember(channel, List.of("Ballerina"), "first");
        clock.advance(Duration.ofMinutes(20));

        conversations.remember(channel, List.of("Hollow Creek"), "second");
        clock.advance(Duration.ofMinutes(20));

        assertThat(conversations.stateOf(channel)).isEqualTo(new Conversations.State(List.of("Hollow Creek"), "second"));
    }

    @Test
    void allowedChannels_arePerSpace_andAChangeSeesTheListItChanges() {
        PostgresAllowedChannels allowed = new PostgresAllowedChannels(database.dataSource());

        assertThat(allowed.of("space-1")).isEmpty();
        assertThat(allowed.update("space-1", now -> Set.of("c1", "c2"))).containsExactlyInAnyOrder("c1", "c2");
        assertThat(allowed.update("space-1", now -> {
            Set<String> next = new HashSet<>(now);
            next.remove("c1");
            next.add("c3");
            return next;
        })).containsExactlyInAnyOrder("c2", "c3");
        assertThat(allowed.of("space-1")).containsExactlyInAnyOrder("c2", "c3");
        assertThat(allowed.of("space-2")).isEmpty();
        assertThat(allowed.update("space-1", now -> Set.of())).isEmpty();
        assertThat(allowed.of("space-1")).isEmpty();
    }

    @Test
    void allowedChannels_withoutASpace_areRefused() {
        PostgresAllowedChannels allowed = new PostgresAllowedChannels(database.dataSource());

        for (String space : new String[] {null, " "}) {
            assertThatThrownBy(() -> allowed.of(space)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("per server or workspace");
            assertThatThrownBy(() -> allowed.update(space, now -> now)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
