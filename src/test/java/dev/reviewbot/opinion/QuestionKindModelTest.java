package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fitted question kinds: the kind with the largest margin wins, "other" is no opinion kind, a bad file is one line. */
class QuestionKindModelTest {

    @TempDir
    Path dir;

    /** Kind 0 (disagreement) along the first axis, kind 1 (other) along the second. */
    private static QuestionKindModel twoKinds() {
        return new QuestionKindModel("m", List.of("disagreement", QuestionKindModel.OTHER),
                new double[][] {{4, 0}, {0, 4}}, new double[] {-1, -1}, Map.of("disagreement", 0.9), 10, 0.01, "cmd");
    }

    @Test
    void theKindWithTheLargestMargin_isTheQuestionsKind() {
        assertThat(twoKinds().kindOf(new float[] {1, 0})).contains(OpinionKind.DISAGREEMENT);
    }

    @Test
    void aQuestionReadAsOther_isOfNoOpinionKind() {
        assertThat(twoKinds().kindOf(new float[] {0, 1})).isEqualTo(Optional.empty());
    }

    @Test
    void theBiasCounts() {
        QuestionKindModel biased = new QuestionKindModel("m", List.of("pros-cons", QuestionKindModel.OTHER),
                new double[][] {{1, 0}, {1, 0}}, new double[] {0, 0.5}, Map.of(), 10, 0.01, "cmd");

        assertThat(biased.kindOf(new float[] {1, 0})).isEmpty();
    }

    @Test
    void writtenAndReadBack_routesTheSame() throws Exception {
        Path file = dir.resolve("kinds.json");
        twoKinds().write(file);

        QuestionKindModel read = QuestionKindModel.read(java.nio.file.Files.newInputStream(file), "kinds.json");

        assertThat(read.kinds()).containsExactly("disagreement", "other");
        assertThat(read.kindOf(new float[] {1, 0})).contains(OpinionKind.DISAGREEMENT);
        assertThat(read.crossValidated()).containsEntry("disagreement", 0.9);
        assertThat(read.command()).isEqualTo("cmd");
    }

    @Test
    void anUnknownKind_isRefusedInOneLineNamingTheFile() {
        String json = "{\"model\":\"m\",\"kinds\":[\"gossip\",\"other\"],\"weights\":[[1],[1]],\"bias\":[0,0]}";

        assertThatThrownBy(() -> QuestionKindModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "kinds.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad question kinds kinds.json: unknown question kind in [gossip, other]");
    }

    @Test
    void weightsNotOneRowPerKind_areRefused() {
        assertThatThrownBy(() -> new QuestionKindModel("m", List.of("comparison", "other"), new double[][] {{1}},
                new double[] {0, 0}, Map.of(), 1, 1, "")).hasMessage("question kinds need one row of weights and one bias per kind");
        assertThatThrownBy(() -> new QuestionKindModel("m", List.of("comparison", "other"), new double[][] {{1}, {Double.NaN}},
                new double[] {0, 0}, Map.of(), 1, 1, "")).hasMessage("question kind weights must be finite numbers, as many for every kind");
    }

    @Test
    void theShippedKinds_areForTheDefaultModel_andHoldTheirCommand() {
        QuestionKindModel shipped = QuestionKindModel.bundled("all-minilm-l6-v2-q").orElseThrow();

        assertThat(shipped.model()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(shipped.kinds()).contains("pros-cons", "disagreement", "comparison", "other");
        assertThat(shipped.command()).startsWith("./reviewbot fit-question-kinds");
        assertThat(shipped.weights()[0]).hasSize(384);
        assertThat(QuestionKindModel.bundled("no-such-model")).isEmpty();
    }
}
