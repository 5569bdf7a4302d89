package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.feedback.QuestionRecord;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `reviewbot report [--since 7d]`: read from the logs a running bot writes, without opening the library. */
class ReportCommandTest {

    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("REVIEWBOT_DATA_DIR", dataDir.toString()), new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void report_countsThePeriod_listsVotes_andGroupsDeclinedQuestions() {
        Instant now = Instant.now();
        QuestionLog questions = new QuestionLog(dataDir.resolve(QuestionLog.FILE));
        questions.record(new QuestionRecord(now.minus(Duration.ofHours(2)), "discord", "g1", "who composed the score?",
                false, List.of("Ballerina"), List.of("music")));
        questions.record(new QuestionRecord(now.minus(Duration.ofHours(1)), "slack", null, "how is The Godfather?",
                false, List.of("The Godfather"), List.of()));
        questions.record(new QuestionRecord(now.minus(Duration.ofMinutes(5)), "discord", "g1", "how is the acting?",
                true, List.of("Ballerina"), List.of("acting")));
        questions.record(new QuestionRecord(now.minus(Duration.ofDays(3)), "discord", "g1", "three days ago?",
                false, List.of("Ballerina"), List.of()));
        new FeedbackLog(dataDir.resolve(FeedbackLog.FILE)).record(new Feedback(now.minus(Duration.ofMinutes(4)),
                "discord", "u1", "how is the acting?", false, List.of(new Citation("Ballerina", "Acting", "Ann", "Q.")), "g1"));

        Run run = run("report", "--since", "1d");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 asked: 1 answered, 2 declined")
                .contains("0 helpful, 1 not helpful")
                .contains("down  \"how is the acting?\" -> Ballerina, Acting (Ann)")
                .contains("Declined, by film:").contains("Ballerina: 1 (\"who composed the score?\")")
                .contains("The Godfather: 1").contains("music: 1")
                .doesNotContain("three days ago?");
        assertThat(run("report").out()).as("7 days by default").contains("4 asked").contains("three days ago?");
    }

    @Test
    void report_ofAnEmptyDataDirectory_saysNothingWasAsked() {
        Run run = run("report");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("0 asked: 0 answered, 0 declined").contains("(7 days)");
    }

    @Test
    void aBadPeriod_isAOneLineUsageError() {
        Run run = run("report", "--since", "a week");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).contains("--since")
                .contains("such as 7d, 24h or 30m, not 'a week'");
    }
}
