package dev.reviewbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.Citation;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Votes are counted, and kept one JSON object a line for whoever reviews bad answers later. */
class FeedbackLogTest {

    private static final Citation CITATION = new Citation("Lantern Bay", "Sound and Fury", "Odette Brill",
            "The score uses a single cello.");

    @TempDir
    Path dir;

    private static Feedback vote(String user, boolean helpful) {
        return new Feedback(Instant.parse("2026-03-01T12:00:00Z"), "slack", user, "how is the score?", helpful,
                List.of(CITATION), "T1");
    }

    @Test
    void eachVote_isAppendedAsOneJsonLine_andCounted() throws Exception {
        Path file = dir.resolve("feedback.jsonl");
        FeedbackLog log = new FeedbackLog(file);

        log.record(vote("U1", true));
        log.record(vote("U2", false));
        log.record(vote("U3", false));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(first.get("platform").asText()).isEqualTo("slack");
        assertThat(first.get("user").asText()).isEqualTo("U1");
        assertThat(first.get("question").asText()).isEqualTo("how is the score?");
        assertThat(first.get("helpful").asBoolean()).isTrue();
        assertThat(first.get("citations").get(0).get("section").asText()).isEqualTo("Sound and Fury");
        assertThat(new ObjectMapper().readTree(lines.get(2)).get("helpful").asBoolean()).isFalse();
        assertThat(log.helpfulCount()).isEqualTo(1);
        assertThat(log.unhelpfulCount()).isEqualTo(2);
    }

    @Test
    void aSecondLog_onTheSameFile_addsToWhatIsThere() throws Exception {
        Path file = dir.resolve("feedback.jsonl");
        new FeedbackLog(file).record(vote("U1", true));

        FeedbackLog reopened = new FeedbackLog(file);
        reopened.record(vote("U2", true));

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(reopened.helpfulCount()).isEqualTo(1); // counts are this run's
    }

    @Test
    void withoutAFile_votesAreCounted_andKeptInMemory() {
        FeedbackLog log = new FeedbackLog((Path) null);

        log.record(vote("U1", false));

        assertThat(log.unhelpfulCount()).isEqualTo(1);
        assertThat(log.helpfulCount()).isZero();
        assertThat(log.since(Instant.EPOCH)).extracting(Feedback::user).containsExactly("U1");
    }

    @Test
    void aFileThatCannotBeWritten_isAnErrorNamingIt_andTheVoteIsStillCounted() {
        Path file = dir.resolve("no-such-dir").resolve("feedback.jsonl");
        FeedbackLog log = new FeedbackLog(file);

        assertThatThrownBy(() -> log.record(vote("U1", true))).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot append to " + file);
        assertThat(log.helpfulCount()).isEqualTo(1);
    }

    @Test
    void aVotesCitations_areACopy() {
        List<Citation> citations = new java.util.ArrayList<>(List.of(CITATION));
        Feedback feedback = new Feedback(Instant.EPOCH, "slack", "U1", "q", true, citations, null);

        citations.clear();

        assertThat(feedback.citations()).containsExactly(CITATION);
    }
}
