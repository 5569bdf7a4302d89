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

    private void ask(String question, boolean answered, List<String> films, List<String> aspects) {
        questions.record(new QuestionRecord(NOW.minusSeconds(3600), "discord", "g1", question, answered, films, aspects));
    }

    private void vote(String question, boolean helpful, int hoursAgo) {
        feedback.record(new Feedback(NOW.minus(Duration.ofHours(hoursAgo)), "discord", "u1", question, helpful,
                List.of(new Citation("Ballerina", "Acting", "Ann", "Fine.")), "g1"));
    }
}
