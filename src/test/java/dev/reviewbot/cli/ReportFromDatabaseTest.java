package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.feedback.QuestionRecord;
import dev.reviewbot.state.PostgresFeedback;
import dev.reviewbot.state.PostgresQuestions;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `reviewbot report` with a database configured reads the tables every process writes, not the data directory. */
class ReportFromDatabaseTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @TempDir
    Path dataDir;

    @Test
    void report_readsTheSharedTables() {
        Instant now = Instant.now();
        Database database = POSTGRES.open();
        PostgresQuestions questions = new PostgresQuestions(database.dataSource(), Clock.systemUTC(), PostgresQuestions.KEPT);
        questions.append(new QuestionRecord(now.minus(Duration.ofHours(2)), "discord", "g1", "who composed the score?",
                false, List.of("Ballerina"), List.of("music")));
        questions.append(new QuestionRecord(now.minus(Duration.ofHours(1)), "slack", null, "how is the acting?",
                true, List.of("Ballerina"), List.of("acting")));
        new PostgresFeedback(database.dataSource()).append(new Feedback(now.minus(Duration.ofMinutes(4)), "slack", "U1",
                "how is the acting?", true, List.of(new Citation("Ballerina", "Acting", "Ann", "Q.")), null));
        new QuestionLog(dataDir.resolve(QuestionLog.FILE)).record(new QuestionRecord(now, "discord", "g1",
                "only in this process's file?", false, List.of(), List.of()));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(new String[] {"report", "--since", "1d"}, new PrintWriter(out, true),
                new PrintWriter(err, true), Map.of("REVIEWBOT_DATA_DIR", dataDir.toString(),
                        "REVIEWBOT_DATABASE_URL", POSTGRES.url()), new ByteArrayInputStream(new byte[0]));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 asked: 1 answered, 1 declined").contains("1 helpful, 0 not helpful")
                .contains("Ballerina: 1 (\"who composed the score?\")").doesNotContain("only in this process's file?");
    }
}
