package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fitted model's arithmetic where a user would notice it going wrong: a sentence with overwhelming evidence
 * scores 1 (not "not a number", which would make every answer decline), one feature's weight is read by its name,
 * and a feature's weight relative to similarity's is 0 when similarity carries no weight.
 */
class ScoringArithmeticTest {

    private static ScoringModel model(double similarity, double lexical) {
        double[] weights = new double[SentenceFeatures.NAMES.size()];
        weights[0] = similarity;
        weights[1] = lexical;
        return new ScoringModel("m", SentenceFeatures.NAMES, weights, 0, new double[] {1, 0.5, 0.25}, 0.3, 4, 0.01, 5,
                Map.of(), "synthetic", "./reviewbot fit-scoring");
    }

    private static double[] features(double similarity, double lexical) {
        double[] x = new double[SentenceFeatures.NAMES.size()];
        x[0] = similarity;
        x[1] = lexical;
        return x;
    }

    @Test
    void overwhelmingEvidence_scoresOne_andNoneAtAll_scoresZero() {
        ScoringModel model = model(1000, 0);

        assertThat(model.probability(features(1, 0))).isEqualTo(1.0);
        assertThat(model.probability(features(-1, 0))).isEqualTo(0.0);
        assertThat(model.probability(features(0, 0))).isEqualTo(0.5);
        assertThat(model(1, 0).probability(features(Math.log(3), 0))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aFeaturesWeight_isReadByItsName() {
        ScoringModel model = model(2, 0.5);

        assertThat(model.weight(SentenceFeatures.LEXICAL)).isEqualTo(0.5);
        assertThat(model.weight(SentenceFeatures.SIMILARITY)).isEqualTo(2);
    }

    @Test
    void aFeaturesWeightRelativeToSimilarity_isZeroWhenSimilarityWeighsNothing() {
        assertThat(model(2, 0.5).relativeWeight(SentenceFeatures.LEXICAL)).isEqualTo(0.25);
        assertThat(model(2, -0.5).relativeWeight(SentenceFeatures.LEXICAL)).isZero();
        assertThat(model(0, 0.5).relativeWeight(SentenceFeatures.LEXICAL)).isZero();
        assertThat(model(-1, 0.5).relativeWeight(SentenceFeatures.LEXICAL)).isZero();
    }
}
