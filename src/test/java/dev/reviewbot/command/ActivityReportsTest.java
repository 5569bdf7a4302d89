package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.feedback.QuestionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of a period: counts, the telling votes, declined questions by film and by aspect, per server. */
class ActivityReportsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final QuestionLog questions = new QuestionLog((java.nio.file.Path) null);
    private final FeedbackLog feedback = new FeedbackLog((java.nio.file.Path) null);
    private final ActivityReports reports = new ActivityReports(questions, feedback);

    @Test
    void declinedQuestions_areGroupedByFilmAndByAspect_mostFirst_withRecentExamples() {
        ask("who composed the score of Ballerina?", false, List.of("Ballerina"), List.of("music"));
        ask("is the Ballerina soundtrack any good?", false, List.of("Ballerina"), List.of("music"));
        ask("how long is Ballerina?", false, List.of("Ballerina"), List.of());
        ask("how is The Godfather?", false, List.of("The Godfather"), List.of());
        ask("who sings?", false, List.of(), List.of("music"));
        ask("how is the acting in Ballerina?", true, List.of("Ballerina"), List.of("acting"));

        ActivityReport r = reports.between(NOW.minus(Duration.ofDays(7)), NOW, ActivityReports.Where.everywhere());

        assertThat(r.asked()).isEqualTo(6);
        assertThat(r.answered()).isEqualTo(1);
        assertThat(r.declined()).isEqualTo(5);
        assertThat(r.byFilm()).extracting(ActivityReport.Group::name, ActivityReport.Group::count)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Ballerina", 3L));
        assertThat(r.byFilm()).extracting(ActivityReport.Group::name).contains("The Godfather", ActivityReports.NO_FILM);
        assertThat(r.byFilm().get(0).examples()).hasSize(ActivityReports.EXAMPLES)
                .startsWith("how long is Ballerina?");
        assertThat(r.byAspect()).extracting(ActivityReport.Group::name, ActivityReport.Group::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("music", 3L),
                        org.assertj.core.groups.Tuple.tuple(ActivityReports.NO_ASPECT, 2L));
    }

    @Test
    void votes_showTheQuestionsAndCitations_thumbsDownFirst() {
        vote("how is the acting?", true, 2);
        vote("who shot it?", false, 1);

        ActivityReport r = reports.between(NOW.minus(Duration.ofDays(1)), NOW, ActivityReports.Where.everywhere());

        assertThat(r.helpful()).isEqualTo(1);
        assertThat(r.unhelpful()).isEqualTo(1);
        assertThat(r.votes()).extracting(ActivityReport.Vote::question).containsExactly("who shot it?", "how is the acting?");
        assertThat(r.votes().get(0).citations()).containsExactly("Ballerina, Acting (Ann)");
    }

    @Test
    void aServersReport_countsOnlyItsOwnQuestions_andOnlyThePeriod() {
        ask("in range?", false, List.of("Ballerina"), List.of());
        questions.record(new QuestionRecord(NOW.minusSeconds(60), "discord", "other-server", "elsewhere?", false,
                List.of(), List.of()));
        questions.record(new QuestionRecord(NOW.minus(Duration.ofDays(9)), "discord", "g1", "too old?", false,
                List.of(), List.of()));

        ActivityReport r = reports.between(NOW.minus(Duration.ofDays(7)), NOW, ActivityReports.Where.in("discord", "g1"));

        assertThat(r.declined()).isEqualTo(1);
        assertThat(r.byFilm().get(0).examples()).containsExactly("in range?");
    }

    @Test
    void thePeriod_isTypedAsDaysHoursOrMinutes_andAnythingElseIsOneClearLine() {
        assertThat(ReportPeriod.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(ReportPeriod.parse(" 24H ")).isEqualTo(Duration.ofHours(24));
        assertThat(ReportPeriod.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(ReportPeriod.describe(Duration.ofDays(1))).isEqualTo("1 day");
        for (String bad : List.of("", "7", "0d", "-1d", "a week", "7w")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportPeriod.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7d").hasMessageNotContaining("\n");
        }
    }

    @Test
    void aServersReport_countsOnlyItsOwnVotes_inThePeriod() {
        vote("how is the acting?", true, 2);
        vote("who shot it?", false, 1);
        vote("is it long?", false, 3);
        feedback.record(new Feedback(NOW.minusSeconds(60), "discord", "u2", "elsewhere?", true, List.of(), "other-server"));
        feedback.record(new Feedback(NOW.plusSeconds(60), "discord", "u2", "after the period?", true, List.of(), "g1"));

        ActivityReport r = reports.between(NOW.minus(Duration.ofDays(1)), NOW, ActivityReports.Where.in("discord", "g1"));

        assertThat(r.helpful()).isEqualTo(1);
        assertThat(r.unhelpful()).isEqualTo(2);
        assertThat(r.votes()).extracting(ActivityReport.Vote::question)
                .containsExactly("who shot it?", "is it long?", "how is the acting?");
    }

    @Test
    void aReport_asText_saysThePeriod_theCounts_eachVote_andTheDeclinedGroups() {
        ask("who composed the score of Ballerina?", false, List.of("Ballerina"), List.of("music"));
        ask("how is the acting in Ballerina?", true, List.of("Ballerina"), List.of("acting"));
        vote("how is the acting?", true, 2);
        feedback.record(new Feedback(NOW.minus(Duration.ofHours(1)), "discord", "u1", "who shot it?", false, List.of(), "g1"));

        String text = ReportText.render(reports.between(NOW.minus(Duration.ofHours(36)), NOW, ActivityReports.Where.everywhere()));

        assertThat(text).isEqualTo("""
                Questions from 2026-11-30 00:00 UTC to 2026-12-01 12:00 UTC (36 hours):
                2 asked: 1 answered, 1 declined
                Feedback: 1 helpful, 1 not helpful
                  down  "who shot it?"
                  up    "how is the acting?" -> Ballerina, Acting (Ann)
                Declined, by film:
                  Ballerina: 1 ("who composed the score of Ballerina?")
                Declined, by what they asked about:
                  music: 1 ("who composed the score of Ballerina?")""");
    }

    @Test
    void aQuietPeriod_asText_isTheCountsAlone() {
        String text = ReportText.render(reports.between(NOW.minus(Duration.ofMinutes(90)), NOW, ActivityReports.Where.everywhere()));

        assertThat(text).isEqualTo("""
                Questions from 2026-12-01 10:30 UTC to 2026-12-01 12:00 UTC (90 minutes):
                0 asked: 0 answered, 0 declined
                Feedback: 0 helpful, 0 not helpful""");
        assertThat(ReportPeriod.describe(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(ReportPeriod.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(ReportPeriod.describe(Duration.ofDays(2))).isEqualTo("2 days");
    }

    private void ask(String question, boolean answered, List<String> films, List<String> aspects) {
        questions.record(new QuestionRecord(NOW.minusSeconds(3600), "discord", "g1", question, answered, films, aspects));
    }

    private void vote(String question, boolean helpful, int hoursAgo) {
        feedback.record(new Feedback(NOW.minus(Duration.ofHours(hoursAgo)), "discord", "u1", question, helpful,
                List.of(new Citation("Ballerina", "Acting", "Ann", "Fine.")), "g1"));
    }
}
