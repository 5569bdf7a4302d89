package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Two overlapping clouds: label 1 around (+1, +1), label 0 around (-1, -1). */
    private static Data clouds(int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double centre = y[i] == 1 ? 1 : -1;
            x[i][0] = (float) (centre + random.nextGaussian());
            x[i][1] = (float) (centre + random.nextGaussian());
        }
        return new Data(x, y);
    }

    private record Data(float[][] x, int[] y) {
    }

    @Test
    void fit_reachesTheOptimum_gradientVanishes() {
        Data data = clouds(400, 1);
        LogisticRegression regression = new LogisticRegression(0.01);

        LogisticRegression.Fitted model = regression.fit(data.x(), data.y());

        for (double g : regression.gradient(model, data.x(), data.y())) {
            assertThat(g).isCloseTo(0, within(1e-7));
        }
        assertThat(model.weights()[0]).isPositive();
        assertThat(model.weights()[1]).isPositive();
        assertThat(model.probability(new float[] {2, 2})).isGreaterThan(0.9);
        assertThat(model.probability(new float[] {-2, -2})).isLessThan(0.1);
    }

    @Test
    void fit_strongerPenalty_smallerWeights() {
        Data data = clouds(400, 2);

        double loose = new LogisticRegression(0.001).fit(data.x(), data.y()).weights()[0];
        double tight = new LogisticRegression(1).fit(data.x(), data.y()).weights()[0];

        assertThat(tight).isLessThan(loose).isPositive();
    }

    @Test
    void fit_separableData_staysFinite() {
        float[][] x = {{-2}, {-1}, {1}, {2}};
        int[] y = {0, 0, 1, 1};

        LogisticRegression.Fitted model = new LogisticRegression(0.01).fit(x, y);

        assertThat(model.weights()[0]).isFinite().isPositive();
        assertThat(model.probability(new float[] {1.5f})).isGreaterThan(0.5);
    }

    @Test
    void detokenize_undoesRtPolarityTokens() {
        assertThat(LabelledSentences.detokenize("it 's so laddish and juvenile , only teenage boys could find it funny ."))
                .isEqualTo("it's so laddish and juvenile, only teenage boys could find it funny.");
        assertThat(LabelledSentences.detokenize("it does n't work ( at all ) !")).isEqualTo("it doesn't work (at all)!");
    }
}
