package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringModelTest {

    private static ScoringModel model(double similarity, double lexical, double aspect) {
        double[] weights = new double[SentenceFeatures.NAMES.size()];
        weights[0] = similarity;
        weights[1] = lexical;
        return new ScoringModel("m", SentenceFeatures.NAMES, weights, -1, new double[] {similarity, lexical, aspect}, 0.3, 4, 0.01, 5,
                Map.of("SubjQA", "| row |"), "synthetic", "./reviewbot fit-scoring");
    }

    @Test
    void bundled_loadsForEachEmbeddingModel_withTheFeaturesTheAnswererComputes() {
        for (String id : List.of("all-minilm-l6-v2-q", "bge-small-en-v15-q")) {
            ScoringModel bundled = ScoringModel.bundled(id).orElseThrow();
            assertThat(bundled.model()).isEqualTo(id);
            assertThat(bundled.features()).isEqualTo(SentenceFeatures.NAMES);
            assertThat(bundled.command()).startsWith("./reviewbot fit-scoring");
        }
        assertThat(ScoringModel.bundled("no-such-model")).isEmpty();
    }

    @Test
    void committedFit_loads_withItsCrossValidatedFiguresAndCommand() {
        ScoringModel fitted = ScoringModel.read(Path.of("config/scoring-fitted-all-minilm-l6-v2-q.json"));

        assertThat(fitted.crossValidated()).containsKeys("SubjQA movies dev", "our tuning part", "our bundled set");
        assertThat(fitted.command()).contains("fit-scoring --subjqa");
        assertThat(fitted.folds()).isEqualTo(5);
    }

    @Test
    void probability_isTheLogisticOfTheWeightedFeatures() {
        ScoringModel m = model(2, 1, 0);
        double[] x = new double[SentenceFeatures.NAMES.size()];
        x[0] = 0.5;
        x[1] = 1;

        assertThat(m.probability(x)).isCloseTo(1 / (1 + Math.exp(-(2 * 0.5 + 1 - 1))), within(1e-12));
        assertThatThrownBy(() -> new ScoringModel("m", SentenceFeatures.NAMES, m.weights(), 0, new double[2], 0, 4, 0.01, 5,
                Map.of(), "", "")).hasMessageContaining("fusion");
        assertThat(m.probability(new double[SentenceFeatures.NAMES.size()])).isCloseTo(1 / (1 + Math.E), within(1e-12));
    }

    @Test
    void retrievalFusion_isThePassageModelsWeightsRelativeToSimilarity() {
        assertThat(model(4, 1, 2).passageScore(0.5, 1, true)).isCloseTo(2 + 1 + 2, within(1e-12));
        assertThat(model(4, 1, 2).passageScore(0.5, 0, false)).isCloseTo(2, within(1e-12));
        assertThat(model(4, 1, 2).lexicalWeight()).isCloseTo(0.25, within(1e-12));
        assertThat(model(4, 1, 2).aspectBoost()).isCloseTo(0.5, within(1e-12));
        // A negative weight does not turn into a penalty in the ranking, nor a useless similarity into a division.
        assertThat(model(4, -1, 2).lexicalWeight()).isZero();
        assertThat(model(0, 1, 2).aspectBoost()).isZero();
    }

    @Test
    void writeAndRead_roundTrip(@TempDir Path dir) throws Exception {
        ScoringModel m = model(3, 1, 0.5).withDeclineBelow(0.42);
        Path file = dir.resolve("scoring/m.json");

        m.write(file);
        ScoringModel read = ScoringModel.read(file);

        assertThat(read.weights()).containsExactly(m.weights());
        assertThat(read.declineBelow()).isEqualTo(0.42);
        assertThat(read.crossValidated()).containsEntry("SubjQA", "| row |");
    }

    @Test
    void weightsForOtherFeatures_areRefused_namingTheCommandThatRefitsThem(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new ScoringModel("m", List.of("a", "b"), new double[] {1, 2}, 0, new double[3], 0, 4, 0.01, 5,
                Map.of(), "", "")).hasMessageContaining("fit-scoring");
        assertThatThrownBy(() -> new ScoringModel("m", SentenceFeatures.NAMES, new double[] {1}, 0, new double[3], 0, 4, 0.01, 5,
                Map.of(), "", "")).hasMessageContaining("1 weights for 19 features");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"model\": ");
        assertThatThrownBy(() -> ScoringModel.read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(broken.toString());
    }
}
