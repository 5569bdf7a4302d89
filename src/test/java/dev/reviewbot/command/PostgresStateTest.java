package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.feedback.FeedbackStore;
import dev.reviewbot.feedback.QuestionRecord;
import dev.reviewbot.feedback.QuestionStore;
import dev.reviewbot.llm.MutableClock;
import dev.reviewbot.state.ExpiredRows;
import dev.reviewbot.state.PostgresAllowedChannels;
import dev.reviewbot.state.PostgresConversations;
import dev.reviewbot.state.PostgresFeedback;
import dev.reviewbot.state.PostgresFollowUpThreads;
import dev.reviewbot.state.PostgresOnce;
import dev.reviewbot.state.PostgresQuestions;
import dev.reviewbot.state.PostgresRateLimits;
import dev.reviewbot.state.PostgresRecentAnswers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared chat state in a real PostgreSQL (embedded, started by the test) keeps the contracts the
 * command layer relies on, and expires by the injected clock: reads ignore what has expired, and
 * {@link ExpiredRows} deletes it.
 */
class PostgresStateTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static DataSource database;

    /** Now: bucket4j stamps its rows' expiry by the system clock. */
    private final MutableClock clock = new MutableClock(Instant.now());

    private static Database opened;

    /** Opened here, not by the extension: it closes what it opened after each nested class. */
    @BeforeAll
    static void open() {
        opened = Database.open(POSTGRES.settings(), Optional.empty());
        database = opened.dataSource();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    /** Every test, nested ones too (the extension gives each nested class a database of its own: not used). */
    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE chat_once, chat_answers, chat_conversations, chat_threads, chat_feedback, "
                    + "chat_rate_buckets, chat_allowed_channels, chat_questions");
        }
    }

    @Nested
    class RecentAnswersInPostgres extends StateContracts.RecentAnswersContract {
        @Override
        protected RecentAnswers store() {
            return new PostgresRecentAnswers(database, Clock.systemUTC());
        }
    }

    @Nested
    class OnceInPostgres extends StateContracts.OnceContract {
        @Override
        protected SeenEvents seenEvents() {
            return new PostgresOnce(database, Clock.systemUTC(), Duration.ofDays(1), "once/");
        }

        @Override
        protected Votes votes() {
            return new PostgresOnce(database, Clock.systemUTC(), Duration.ofDays(1), "once/");
        }
    }

    @Nested
    class RateLimitsInPostgres extends StateContracts.RateLimitsContract {
        @Override
        protected RateLimits twoPerMinute() {
            return new PostgresRateLimits(database, Clock.systemUTC(), 2);
        }
    }

    @Nested
    class ConversationsInPostgres extends StateContracts.ConversationsContract {
        @Override
        protected Conversations store() {
            return new PostgresConversations(database, Clock.systemUTC(), Duration.ofMinutes(30));
        }
    }

    @Nested
    class FollowUpThreadsInPostgres extends StateContracts.FollowUpThreadsContract {
        @Override
        protected FollowUpThreads store() {
            return new PostgresFollowUpThreads(database, Clock.systemUTC());
        }
    }

    @Nested
    class FeedbackInPostgres extends StateContracts.FeedbackContract {
        @Override
        protected FeedbackStore store() {
            return new PostgresFeedback(database);
        }
    }

    @Nested
    class AllowedChannelsInPostgres extends AllowedChannelsContract {
        @Override
        protected AllowedChannels store() {
            return new PostgresAllowedChannels(database);
        }
    }

    @Nested
    class QuestionsInPostgres extends StateContracts.QuestionsContract {
        @Override
        protected QuestionStore store() {
            return new PostgresQuestions(database, Clock.fixed(Instant.parse("2025-01-04T00:00:00Z"), ZoneOffset.UTC),
                    PostgresQuestions.KEPT);
        }
    }

    @Test
    void twoProcesses_changingOneChannelListAtOnce_keepEachChange() throws Exception {
        PostgresAllowedChannels here = new PostgresAllowedChannels(database);
        PostgresAllowedChannels there = new PostgresAllowedChannels(database);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String channel = "C" + i;
                PostgresAllowedChannels process = i % 2 == 0 ? here : there;
                done.add(pool.submit(() -> process.update("slack:-", s -> {
                    java.util.Set<String> more = new java.util.TreeSet<>(s);
                    more.add(channel);
                    return more;
                })));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(there.of("slack:-")).hasSize(20);
        assertThat(here.update("slack:-", s -> java.util.Set.of())).isEmpty();
        assertThat(there.of("slack:-")).as("every channel again, for both").isEmpty();
    }

    @Test
    void aQuestion_isKeptForTheReportAsLongAsSet_thenIgnoredAndDeleted() {
        PostgresQuestions questions = new PostgresQuestions(database, clock, Duration.ofDays(90));
        questions.append(new QuestionRecord(clock.instant(), "discord", "G1", "who wrote the score?", false,
                List.of("Ballerina"), List.of("music")));

        clock.advance(Duration.ofDays(89));
        assertThat(questions.since(Instant.EPOCH)).extracting(QuestionRecord::question)
                .containsExactly("who wrote the score?");
        assertThat(new ExpiredRows(database, clock).delete()).isZero();

        clock.advance(Duration.ofDays(2));
        assertThat(questions.since(Instant.EPOCH)).isEmpty();
        assertThat(new ExpiredRows(database, clock).delete()).isEqualTo(1);
        assertThat(rows("chat_questions")).isZero();
    }

    @Test
    void twoProcesses_seeOneKeyOnce_andOneVoteOnce() {
        PostgresOnce here = new PostgresOnce(database, clock, Duration.ofDays(1), "once/");
        PostgresOnce there = new PostgresOnce(database, clock, Duration.ofDays(1), "once/");

        assertThat(here.firstTime("slack/event/Ev1")).isTrue();
        assertThat(there.firstTime("slack/event/Ev1")).as("the retry, on the other process").isFalse();
        assertThat(there.firstVote("a1", "slack:U1")).isTrue();
        assertThat(here.firstVote("a1", "slack:U1")).isFalse();
    }

    @Test
    void aKey_isNewAgainOnceItExpires_andIsThenDeleted() {
        PostgresOnce once = new PostgresOnce(database, clock, Duration.ofDays(1), "once/");
        ExpiredRows expired = new ExpiredRows(database, clock);
        assertThat(once.firstTime("k")).isTrue();

        clock.advance(Duration.ofHours(23));
        assertThat(once.firstTime("k")).isFalse();
        assertThat(expired.delete()).isZero();

        clock.advance(Duration.ofHours(2));
        assertThat(expired.delete()).isEqualTo(1);
        assertThat(rows("chat_once")).isZero();
        assertThat(once.firstTime("k")).isTrue();
    }

    @Test
    void answersBehindButtons_lastADay_bothKinds() {
        PostgresRecentAnswers answers = new PostgresRecentAnswers(database, clock);
        Answer grounded = new Answer.Grounded("how is the acting", List.of(new Citation("Ballerina", "Acting", "Ann",
                "Superb.")), "The acting is superb [1].", "a note");
        Answer declined = new Answer.Declined("who won?", "Nothing in the reviews says.", List.of("Ballerina"));
        String g = answers.remember(grounded);
        String d = answers.remember(declined);
        assertThat(answers.find(g)).contains(grounded);
        assertThat(answers.find(d)).contains(declined);

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(answers.find(g)).isEmpty();
        new ExpiredRows(database, clock).delete();
        assertThat(rows("chat_answers")).isZero();
    }

    @Test
    void aConversation_lastsWhileItIsUsed_andEndsAfterIdling() {
        PostgresConversations conversations = new PostgresConversations(database, clock, Duration.ofMinutes(30));
        ConversationId thread = new ConversationId("slack", "C1/1.0");
        conversations.remember(thread, List.of("Ballerina"), "how is the acting");

        clock.advance(Duration.ofMinutes(20));
        assertThat(conversations.stateOf(thread).films()).containsExactly("Ballerina");
        clock.advance(Duration.ofMinutes(20));
        assertThat(conversations.stateOf(thread).films()).as("read 20 minutes ago").containsExactly("Ballerina");
        assertThat(conversations.size()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(31));
        assertThat(conversations.stateOf(thread)).isEqualTo(Conversations.State.NONE);
        assertThat(conversations.size()).isZero();
    }

    @Test
    void anAnsweredThread_isForgottenAfterADayUntouched() {
        PostgresFollowUpThreads threads = new PostgresFollowUpThreads(database, clock);
        threads.answered("C1/1.0");
        clock.advance(Duration.ofHours(20));
        assertThat(threads.contains("C1/1.0")).isTrue();
        clock.advance(Duration.ofHours(20));
        assertThat(threads.contains("C1/1.0")).as("touched 20 hours ago").isTrue();
        clock.advance(Duration.ofHours(25));
        assertThat(threads.contains("C1/1.0")).isFalse();
    }

    @Test
    void aFloodOverTwoProcesses_isLimitedAsOne_andTheLimitResetsByTheClock() {
        PostgresRateLimits here = new PostgresRateLimits(database, clock, 2);
        PostgresRateLimits there = new PostgresRateLimits(database, clock, 2);

        assertThat(here.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        assertThat(there.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        assertThat(here.admit("slack:U1")).isEqualTo(RateLimits.Admission.TELL_LIMITED);
        assertThat(there.admit("slack:U1")).as("told once, by either").isEqualTo(RateLimits.Admission.STAY_QUIET);
        assertThat(there.admit("slack:U2")).isEqualTo(RateLimits.Admission.ANSWER);

        clock.advance(Duration.ofMinutes(1));
        assertThat(there.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        assertThat(here.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        assertThat(here.admit("slack:U1")).as("a new refusal is news again").isEqualTo(RateLimits.Admission.TELL_LIMITED);

        clock.advance(Duration.ofMinutes(3));
        assertThat(new ExpiredRows(database, clock).delete()).as("both buckets and the notice").isEqualTo(3);
        assertThat(rows("chat_rate_buckets")).isZero();
    }

    private static long rows(String table) {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
