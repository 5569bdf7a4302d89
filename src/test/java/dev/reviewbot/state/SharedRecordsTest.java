package dev.reviewbot.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.command.RateLimits.Admission;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.QuestionRecord;
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
 * The shared records behind buttons, votes, the admins' report and the rate limit, in a real PostgreSQL (one
 * server per JVM, one database for the class), on a clock moved by hand: each is kept exactly as long as
 * promised, reads back what was written, and one user's flood is limited across two processes' stores.
 * Each test uses keys, users and times of its own, so the tests share the database without meeting.
 */
class SharedRecordsTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;

    @BeforeAll
    static void open() {
        database = POSTGRES.open();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

    private static final Citation ACTING = new Citation("Ballerina", "Acting", "Ann Reed", "The lead is superb.");

    @Test
    void anAnswerBehindAButton_isFoundForExactlyADay() {
        PostgresRecentAnswers answers = new PostgresRecentAnswers(database.dataSource(), clock);
        Answer grounded = new Answer.Grounded("how is the acting?", List.of(ACTING));
        String id = answers.remember(grounded);

        assertThat(id).matches("[0-9a-z]{1,12}");
        clock.advance(PostgresRecentAnswers.KEPT.minusMillis(1));
        assertThat(answers.find(id)).as("a millisecond before a day").contains(grounded);
        clock.advance(Duration.ofMillis(1));
        assertThat(answers.find(id)).as("at exactly a day").isEmpty();
    }

    @Test
    void aDeclineBehindAButton_readsBackAsADecline_andEveryAnswerGetsItsOwnId() {
        PostgresRecentAnswers here = new PostgresRecentAnswers(database.dataSource(), clock);
        PostgresRecentAnswers there = new PostgresRecentAnswers(database.dataSource(), clock);
        Answer declined = new Answer.Declined("who won the Oscar?", "The reviews do not say.", List.of("Ballerina"));
        Answer prose = new Answer.Grounded("is it good?", List.of(ACTING), "Yes [1].", "from one review");

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(here.remember(declined));
        }
        String proseId = here.remember(prose);

        assertThat(ids).hasSize(20);
        assertThat(there.find(ids.iterator().next())).as("clicked on another process").contains(declined);
        assertThat(there.find(proseId)).contains(prose);
        assertThat(there.find("nosuchid")).isEmpty();
        assertThat(there.find(null)).isEmpty();
    }

    @Test
    void votes_areCountedByKind_andListedFromATime_withWhereAndWhatWasCited() {
        PostgresFeedback feedback = new PostgresFeedback(database.dataSource());
        long helpful = feedback.count(true);
        long unhelpful = feedback.count(false);
        Instant at = Instant.parse("2031-03-01T12:00:00Z");
        Feedback before = new Feedback(at.minusMillis(1), "slack", "U1", "too early?", true, List.of(ACTING), "T1");
        Feedback exactly = new Feedback(at, "discord", "U2", "how is the acting?", false, List.of(ACTING), "G1");
        Feedback dm = new Feedback(at.plusSeconds(5), "discord", "U3", "in a DM", true, List.of(), null);
        feedback.append(dm);
        feedback.append(exactly);
        feedback.append(before);

        assertThat(feedback.since(at)).as("from exactly then, oldest first").containsExactly(exactly, dm);
        assertThat(feedback.count(true)).isEqualTo(helpful + 2);
        assertThat(feedback.count(false)).isEqualTo(unhelpful + 1);
    }

    @Test
    void aQuestion_isInTheReportFromItsTime_forExactlyAsLongAsKept() {
        Instant asked = Instant.parse("2032-06-01T08:00:00Z");
        MutableClock clock = new MutableClock(asked);
        PostgresQuestions questions = new PostgresQuestions(database.dataSource(), clock, Duration.ofDays(3));
        QuestionRecord first = new QuestionRecord(asked, "slack", null, "who scored it?", false,
                List.of("Ballerina", "Nowhere Film"), List.of("music"));
        QuestionRecord second = new QuestionRecord(asked.plusSeconds(60), "discord", "G1", "is it good?", true,
                List.of(), List.of());
        questions.append(second);
        questions.append(first);

        assertThat(questions.since(asked)).containsExactly(first, second);
        assertThat(questions.since(asked.plusMillis(1))).containsExactly(second);
        clock.advance(Duration.ofDays(3).minusMillis(1));
        assertThat(questions.since(asked)).as("a millisecond before three days").hasSize(2);
        clock.advance(Duration.ofMillis(1));
        assertThat(questions.since(asked)).as("the first kept exactly three days").containsExactly(second);
    }

    @Test
    void aFloodOverTwoProcesses_isLimitedAsOne_andEachHalfMinuteGivesOneQuestionBack() {
        // bucket4j stamps its rows' expiry by the system clock: start now
        MutableClock clock = new MutableClock(Instant.now());
        PostgresRateLimits here = new PostgresRateLimits(database.dataSource(), clock, 2);
        PostgresRateLimits there = new PostgresRateLimits(database.dataSource(), clock, 2);

        assertThat(here.admit("flood:U1")).isEqualTo(Admission.ANSWER);
        assertThat(there.admit("flood:U1")).isEqualTo(Admission.ANSWER);
        assertThat(there.admit("flood:U1")).isEqualTo(Admission.TELL_LIMITED);
        assertThat(here.admit("flood:U1")).as("told once, on either process").isEqualTo(Admission.STAY_QUIET);
        assertThat(here.admit("flood:U2")).as("another user is not slowed").isEqualTo(Admission.ANSWER);

        clock.advance(Duration.ofSeconds(29));
        assertThat(there.admit("flood:U1")).as("29 s: no question back yet").isEqualTo(Admission.STAY_QUIET);
        clock.advance(Duration.ofSeconds(1));
        assertThat(there.admit("flood:U1")).as("30 s: one question back").isEqualTo(Admission.ANSWER);
        assertThat(here.admit("flood:U1")).as("refused again: news again").isEqualTo(Admission.TELL_LIMITED);
        assertThat(here.perMinute()).isEqualTo(2);
    }

    @Test
    void noLimit_answersEveryQuestion() {
        PostgresRateLimits unlimited = new PostgresRateLimits(database.dataSource(), clock, 0);

        for (int i = 0; i < 5; i++) {
            assertThat(unlimited.admit("nolimit:U1")).isEqualTo(Admission.ANSWER);
        }
        assertThat(unlimited.perMinute()).isZero();
    }

    @Test
    void aNotice_isGivenOncePerUserAndKindAMinute() {
        PostgresRateLimits here = new PostgresRateLimits(database.dataSource(), clock, 2);
        PostgresRateLimits there = new PostgresRateLimits(database.dataSource(), clock, 2);

        assertThat(here.firstNotice("notice:U1", "hint")).isTrue();
        assertThat(there.firstNotice("notice:U1", "hint")).isFalse();
        assertThat(there.firstNotice("notice:U1", "outline")).isTrue();
        assertThat(there.firstNotice("notice:U2", "hint")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(there.firstNotice("notice:U1", "hint")).as("a minute later").isTrue();
    }

    @Test
    void theCleaner_deletesAnIdleUsersBucket_onceItWouldBeFullAgain() {
        MutableClock clock = new MutableClock(Instant.now());
        PostgresRateLimits limits = new PostgresRateLimits(database.dataSource(), clock, 2);
        ExpiredRows cleaner = new ExpiredRows(database.dataSource(), clock);
        cleaner.delete(); // whatever the other tests left expired by now
        POSTGRES.execute("DELETE FROM chat_rate_buckets");
        limits.admit("idle:U1");
        limits.admit("idle:U2");

        assertThat(cleaner.delete()).as("both buckets are a token short").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cleaner.delete()).as("full again: both rows").isEqualTo(2);
        assertThat(limits.admit("idle:U1")).isEqualTo(Admission.ANSWER);
    }

    @Test
    void aChangeThatFails_leavesTheChannelListAsItWas() {
        PostgresAllowedChannels allowed = new PostgresAllowedChannels(database.dataSource());
        allowed.update("space-fail", now -> Set.of("c1"));

        assertThatThrownBy(() -> allowed.update("space-fail", now -> {
            throw new IllegalStateException("the admin's change broke");
        })).hasMessage("the admin's change broke");

        assertThat(allowed.of("space-fail")).containsExactly("c1");
        assertThat(allowed.update("space-fail", now -> Set.of("c2"))).as("the row is not left locked").containsExactly("c2");
    }

    @Test
    void aDatabaseThatIsGone_failsWithOneLineNamingTheStatement() {
        Database closed = Database.open(POSTGRES.settings(), java.util.Optional.empty());
        closed.close();
        PostgresFeedback feedback = new PostgresFeedback(closed.dataSource());
        PostgresQuestions questions = new PostgresQuestions(closed.dataSource(), clock, Duration.ofDays(1));
        PostgresAllowedChannels allowed = new PostgresAllowedChannels(closed.dataSource());

        assertThatThrownBy(() -> feedback.count(true)).isInstanceOf(StateException.class)
                .hasMessageStartingWith("the shared chat state in PostgreSQL failed (SELECT ...): ");
        assertThatThrownBy(() -> questions.since(Instant.EPOCH)).isInstanceOf(StateException.class)
                .hasMessageStartingWith("the shared chat state in PostgreSQL failed (SELECT ...): ");
        assertThatThrownBy(() -> feedback.append(new Feedback(clock.instant(), "slack", "U1", "q", true, List.of(), null)))
                .isInstanceOf(StateException.class).hasMessageContaining("(INSERT ...)");
        assertThatThrownBy(() -> allowed.update("space-gone", now -> now)).isInstanceOf(StateException.class)
                .hasMessageContaining("(UPDATE ...)");
    }
}
