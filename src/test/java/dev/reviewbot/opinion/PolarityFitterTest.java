package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cross-validation that measures what a fit does on sentences it never saw, and the guards on the fit. */
class PolarityFitterTest {

    /** More features than rows and labels by coin toss: a fit can learn them by heart, never predict them. */
    private static float[][] noise(int rows, int features, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[rows][features];
        for (float[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    private static int[] coinTosses(int rows, long seed) {
        Random random = new Random(seed);
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextBoolean() ? 1 : 0;
        }
        return y;
    }

    @Test
    void noiseLearntByHeart_scoresAboutChanceOnHeldOutFolds() {
        float[][] x = noise(60, 80, 1);
        int[] y = coinTosses(60, 2);
        PolarityFitter fitter = new PolarityFitter(0.0001, 4, 7);

        LogisticRegression.Fitted all = fitter.fit(x, y);
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += (all.probability(x[i]) >= 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }
        List<Double> folds = fitter.crossValidate(x, y);

        assertThat(right).isEqualTo(x.length); // the rows it was fitted on: all right
        assertThat(folds).hasSize(4);
        assertThat(folds.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isLessThan(0.75);
        assertThat(folds).allSatisfy(a -> assertThat(a * 15).isCloseTo(Math.rint(a * 15), within(1e-9))); // 15 rows each
    }

    @Test
    void theSeedDecidesTheFolds() {
        float[][] x = noise(60, 80, 3);
        int[] y = coinTosses(60, 4);

        List<Double> first = new PolarityFitter(0.0001, 4, 11).crossValidate(x, y);
        List<Double> again = new PolarityFitter(0.0001, 4, 11).crossValidate(x, y);
        List<Double> other = new PolarityFitter(0.0001, 4, 12).crossValidate(x, y);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void foldsWithoutRows_scoreZero() {
        float[][] x = {{-1f}, {1f}, {2f}};
        int[] y = {0, 1, 1};

        List<Double> folds = new PolarityFitter(0.01, 5, 1).crossValidate(x, y);

        assertThat(folds).hasSize(5);
        assertThat(folds.subList(3, 5)).containsOnly(0.0);
    }

    @Test
    void aFeatureThatNeverChanges_getsNoWeight_andBreaksNothing() {
        float[][] x = {{-2f, 3f}, {-1f, 3f}, {1f, 3f}, {2f, 3f}, {-1.5f, 3f}, {1.5f, 3f}};
        int[] y = {0, 0, 1, 1, 1, 0};

        LogisticRegression.Fitted model = new PolarityFitter(0.1, 2, 1).fit(x, y);

        assertThat(model.weights()[1]).isCloseTo(0, within(1e-6));
        assertThat(model.weights()[0]).isPositive().isFinite();
        assertThat(model.probability(new float[] {2f, 3f})).isGreaterThan(0.5).isLessThan(1);
    }

    @Test
    void theFitIsThePenalisedOptimumOnStandardisedFeatures() {
        float[][] x = noise(50, 3, 5);
        int[] y = new int[50];
        for (int i = 0; i < 50; i++) {
            y[i] = x[i][0] + 0.5 * x[i][1] > 0 ? 1 : 0;
            x[i][0] = x[i][0] * 4 + 10; // another scale and centre than the second feature
        }
        double l2 = 0.05;
        LogisticRegression.Fitted raw = new PolarityFitter(l2, 2, 1).fit(x, y);

        // Back on the standardised scale, the weights must zero the penalised loss's gradient there.
        double[] mean = new double[3];
        double[] std = new double[3];
        for (float[] row : x) {
            for (int j = 0; j < 3; j++) {
                mean[j] += row[j] / 50.0;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < 3; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / 50.0;
            }
        }
        float[][] scaled = new float[50][3];
        double[] weights = new double[3];
        double bias = raw.bias();
        for (int j = 0; j < 3; j++) {
            std[j] = Math.sqrt(std[j]);
            weights[j] = raw.weights()[j] * std[j];
            bias += raw.weights()[j] * mean[j];
            for (int i = 0; i < 50; i++) {
                scaled[i][j] = (float) ((x[i][j] - mean[j]) / std[j]);
            }
        }
        LogisticRegression regression = new LogisticRegression(l2);
        for (double g : regression.gradient(new LogisticRegression.Fitted(weights, bias), scaled, y)) {
            assertThat(g).isCloseTo(0, within(1e-5));
        }
    }

    @Test
    void badSettingsAndData_areRefused() {
        assertThatThrownBy(() -> new PolarityFitter(0.01, 1, 1)).hasMessage("at least 2 folds, was 1");
        assertThat(new PolarityFitter(0.01, 2, 1).crossValidate(new float[][] {{-1f}, {1f}, {-2f}, {2f}}, new int[] {0, 1, 0, 1}))
                .hasSize(2);
        assertThatThrownBy(() -> new LogisticRegression(0)).hasMessage("l2 must be positive, was 0.0");
        assertThatThrownBy(() -> new LogisticRegression(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogisticRegression(0.1).fit(new float[0][], new int[0]))
                .hasMessage("need as many labels as rows, and at least one row");
        assertThatThrownBy(() -> new LogisticRegression(0.1).fit(new float[][] {{1f}}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.solveCholesky(new double[][] {{0}}, new double[] {1}))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theSigmoidIsSymmetric_andNeverOverflows() {
        assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
        assertThat(LogisticRegression.sigmoid(2) + LogisticRegression.sigmoid(-2)).isCloseTo(1, within(1e-12));
        assertThat(LogisticRegression.sigmoid(-800)).isZero();
        assertThat(LogisticRegression.sigmoid(800)).isEqualTo(1.0);
        assertThat(LogisticRegression.sigmoid(1)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    }

    @Test
    void choleskySolvesASystemFromItsLowerTriangle() {
        // [[4, 2], [2, 3]] z = [2, 5]: z = [-0.5, 2]; the upper triangle is never read.
        double[] z = LogisticRegression.solveCholesky(new double[][] {{4, 99}, {2, 3}}, new double[] {2, 5});

        assertThat(z[0]).isCloseTo(-0.5, within(1e-12));
        assertThat(z[1]).isCloseTo(2, within(1e-12));
    }
}
