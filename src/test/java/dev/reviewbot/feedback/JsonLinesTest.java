package dev.reviewbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded log's edges: exactly at its limits nothing is dropped, past them the oldest go first. */
class JsonLinesTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    private static QuestionRecord question(int n) {
        return new QuestionRecord(T0.plusSeconds(n), "slack", "T1", "question " + n + "?", true, List.of(), List.of());
    }

    @Test
    void inMemory_keepsExactlyItsLimit_thenDropsTheOldest() {
        JsonLines<QuestionRecord> lines = new JsonLines<>(null, QuestionRecord.class, 1_000, 2);
        lines.append(question(1));
        lines.append(question(2));
        assertThat(lines.read()).extracting(QuestionRecord::question).containsExactly("question 1?", "question 2?");

        lines.append(question(3));
        assertThat(lines.read()).extracting(QuestionRecord::question).containsExactly("question 2?", "question 3?");
    }

    @Test
    void aFileExactlyAtItsLimit_isNotRotated_oneByteMoreIs() throws Exception {
        Path file = dir.resolve("q.jsonl");
        long oneLine = (JsonLines.JSON.writeValueAsString(question(1)) + "\n").getBytes(StandardCharsets.UTF_8).length;
        JsonLines<QuestionRecord> lines = new JsonLines<>(file, QuestionRecord.class, 2 * oneLine, 100);
        lines.append(question(1));
        lines.append(question(2));
        assertThat(Files.exists(dir.resolve("q.jsonl.1"))).as("two lines fit exactly").isFalse();

        lines.append(question(3));
        assertThat(Files.readAllLines(dir.resolve("q.jsonl.1"))).hasSize(2);
        assertThat(lines.read()).as("the rotated file is read first, then the new one")
                .extracting(QuestionRecord::question).containsExactly("question 1?", "question 2?", "question 3?");
    }

    @Test
    void feedbackSince_leavesOutEarlierVotes() {
        JsonLinesFeedback store = new JsonLinesFeedback(dir.resolve(FeedbackLog.FILE));
        store.append(new Feedback(T0, "discord", "U1", "old?", true, List.of(), "G1"));
        store.append(new Feedback(T0.plusSeconds(60), "discord", "U2", "new?", false, List.of(), "G1"));

        assertThat(store.since(T0.plusSeconds(1))).extracting(Feedback::question).containsExactly("new?");
        assertThat(store.since(T0.plusSeconds(60))).extracting(Feedback::question).containsExactly("new?");
    }
}
