package dev.reviewbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question and feedback logs: kept across restarts, bounded, and tolerant of a damaged line. */
class ActivityLogsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void questions_areReadBackAfterARestart_fromAGivenTime() {
        Path file = dir.resolve(QuestionLog.FILE);
        QuestionLog log = new QuestionLog(file);
        log.record(question(T0, "old?", false));
        log.record(question(T0.plusSeconds(3600), "who scored Ballerina?", false));

        List<QuestionRecord> read = new QuestionLog(file).since(T0.plusSeconds(60));

        assertThat(read).extracting(QuestionRecord::question).containsExactly("who scored Ballerina?");
        assertThat(read.get(0).films()).containsExactly("Ballerina");
        assertThat(read.get(0).aspects()).containsExactly("music");
    }

    @Test
    void theLog_rotatesAtItsLimit_keepingAtMostTwoFiles_andTheNewestRecords() throws IOException {
        Path file = dir.resolve(QuestionLog.FILE);
        QuestionLog log = new QuestionLog(file, 1_000);
        for (int i = 0; i < 100; i++) {
            log.record(question(T0.plusSeconds(i), "question " + i + "?", true));
        }

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(QuestionLog.FILE, QuestionLog.FILE + ".1");
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(1_000);
        assertThat(Files.size(dir.resolve(QuestionLog.FILE + ".1"))).isLessThanOrEqualTo(1_000);
        List<QuestionRecord> kept = log.since(T0);
        assertThat(kept).isNotEmpty().hasSizeLessThan(100);
        assertThat(kept.get(kept.size() - 1).question()).isEqualTo("question 99?");
    }

    @Test
    void aDamagedLine_isSkipped_andTheRestIsRead() throws IOException {
        Path file = dir.resolve(QuestionLog.FILE);
        new QuestionLog(file).record(question(T0, "first?", true));
        Files.writeString(file, "{\"at\": \"2026-11-01T10:0", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file, "\n", java.nio.file.StandardOpenOption.APPEND);
        new QuestionLog(file).record(question(T0.plusSeconds(1), "second?", true));

        assertThat(new QuestionLog(file).since(T0)).extracting(QuestionRecord::question)
                .containsExactly("first?", "second?");
    }

    @Test
    void feedbackLinesWrittenBeforeTheSpaceWasKept_areStillRead() throws IOException {
        Path file = dir.resolve(FeedbackLog.FILE);
        Files.writeString(file, "{\"at\":\"2026-11-01T10:00:00Z\",\"platform\":\"discord\",\"user\":\"1\",\"question\":"
                + "\"how is the acting?\",\"helpful\":false,\"citations\":[{\"review\":\"Ballerina\",\"section\":\"Acting\","
                + "\"reviewer\":null,\"quote\":\"Fine.\"}]}\n");
        FeedbackLog log = new FeedbackLog(file);
        log.record(new Feedback(T0.plusSeconds(5), "slack", "U1", "and the music?", true,
                List.of(new Citation("Ballerina", "Score", "Ann", "Soars.")), null));

        List<Feedback> read = log.since(T0);

        assertThat(read).extracting(Feedback::question).containsExactly("how is the acting?", "and the music?");
        assertThat(read.get(0).space()).isNull();
        assertThat(read.get(0).citations()).extracting(Citation::section).containsExactly("Acting");
    }

    @Test
    void withNoFile_theRecentRecordsAreKeptInMemory() {
        QuestionLog log = new QuestionLog((Path) null);
        log.record(question(T0, "in memory?", true));
        assertThat(log.since(T0)).hasSize(1);
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static QuestionRecord question(Instant at, String text, boolean answered) {
        return new QuestionRecord(at, "discord", "g1", text, answered, List.of("Ballerina"), List.of("music"));
    }
}
