package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reviewbot.opinion.SentenceNgrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Polarity fitted on sentences and embeddings made here: each part carries what it can tell. */
class PolarityFitTest {

    private static final List<String> PRAISE = List.of("superb", "moving", "gorgeous", "witty");
    private static final List<String> CRITICISM = List.of("tedious", "clumsy", "lifeless", "dull");
    private static final List<String> FILLER = List.of("the", "film", "score", "cast", "plot", "is", "and", "very");

    /** Labelled sentences whose one telling word gives the label; {@code cue} puts the label in the embedding too. */
    private record Data(List<String> sentences, float[][] x, int[] y) {
    }

    private static Data data(int n, long seed, double cue) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>();
        float[][] x = new float[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 5; w++) {
                words.add(FILLER.get(random.nextInt(FILLER.size())));
            }
            List<String> telling = y[i] == 1 ? PRAISE : CRITICISM;
            words.add(random.nextInt(words.size() + 1), telling.get(random.nextInt(telling.size())));
            sentences.add(String.join(" ", words) + ".");
            x[i][0] = (float) (cue * (y[i] == 1 ? 1 : -1) + random.nextGaussian());
            x[i][1] = (float) random.nextGaussian();
            x[i][2] = (float) (100 + 10 * random.nextGaussian());
        }
        return new Data(sentences, x, y);
    }

    private static double accuracy(List<Double> folds) {
        return folds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double margin(PolarityFit.Fitted fitted, String sentence, float[] x) {
        return fitted.margin(x, SentenceNgrams.of(sentence, 2));
    }

    @Test
    void ngrams_carryTheLabel_whenTheEmbeddingHoldsNone() {
        Data data = data(300, 1, 0);

        List<Double> stacked = new PolarityFit(new PolarityFit.Settings(2, 1, 0.01, 5, 42))
                .crossValidate(data.sentences(), data.x(), data.y());
        List<Double> embeddingAlone = new PolarityFit(new PolarityFit.Settings(0, 1, 0.01, 5, 42))
                .crossValidate(data.sentences(), data.x(), data.y());

        assertThat(stacked).hasSize(5);
        assertThat(accuracy(stacked)).isGreaterThan(0.95);
        assertThat(accuracy(embeddingAlone)).isBetween(0.3, 0.7);
    }

    @Test
    void theFit_weighsPraiseUp_criticismDown_andFoldsEverythingIntoOneLinearModel() {
        Data data = data(300, 2, 1);

        PolarityFit.Fitted fitted = new PolarityFit(new PolarityFit.Settings(2, 1, 0.01, 5, 42))
                .fit(data.sentences(), data.x(), data.y());

        assertThat(fitted.ngrams().get("superb")).isPositive();
        assertThat(fitted.ngrams().get("tedious")).isNegative();
        assertThat(fitted.ngrams()).containsKey("the film");
        assertThat(fitted.weights()[0]).isPositive();
        assertThat(margin(fitted, "the cast is superb.", new float[] {0, 0, 100})).isPositive();
        assertThat(margin(fitted, "the cast is tedious.", new float[] {0, 0, 100})).isNegative();
        assertThat(margin(fitted, "the cast is.", new float[] {2, 0, 100}))
                .isGreaterThan(margin(fitted, "the cast is.", new float[] {-2, 0, 100}));
    }

    @Test
    void characterNgramsAndNegation_joinTheStack_andTheEmbeddingPenaltyIsChosenFromTheCandidates() {
        Data data = data(300, 6, 1);
        PolarityFit fit = new PolarityFit(new PolarityFit.Settings(2, 1, List.of(0.01, 1.0), 5, 42, true, 4));

        PolarityFit.Fitted fitted = fit.fit(data.sentences(), data.x(), data.y());
        List<Double> folds = fit.crossValidate(data.sentences(), data.x(), data.y());

        assertThat(fitted.l2()).isIn(0.01, 1.0);
        assertThat(fitted.ngrams()).containsKey("#perb").containsKey("superb");
        assertThat(accuracy(folds)).isGreaterThan(0.95);
        assertThat(fitted.margin(new float[] {0, 0, 100}, SentenceNgrams.characters("superbly", 4)))
                .isGreaterThan(fitted.margin(new float[] {0, 0, 100}, SentenceNgrams.characters("tediously", 4)));
    }

    @Test
    void embeddingAlone_heldOutFoldsScoreNearTheBayesRate() {
        Data data = data(500, 3, 1.4); // the label's cue in one dimension: Bayes accuracy about 92%

        List<Double> folds = new PolarityFit(new PolarityFit.Settings(0, 1, 0.01, 5, 42))
                .crossValidate(data.sentences(), data.x(), data.y());

        assertThat(folds).hasSize(5).allSatisfy(a -> assertThat(a).isBetween(0.80, 0.99));
    }

    @Test
    void embeddingAlone_foldsTheStandardisationBackIntoRawWeights() {
        Data data = data(300, 4, 1);
        float[][] shifted = new float[data.x().length][];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = new float[] {data.x()[i][0] * 100 + 5, data.x()[i][1], data.x()[i][2]};
        }
        PolarityFit fit = new PolarityFit(new PolarityFit.Settings(0, 1, 0.01, 5, 42));

        PolarityFit.Fitted raw = fit.fit(data.sentences(), data.x(), data.y());
        PolarityFit.Fitted scaled = fit.fit(data.sentences(), shifted, data.y());

        assertThat(raw.ngrams()).isEmpty();
        for (int i = 0; i < shifted.length; i++) {
            assertThat(margin(scaled, "", shifted[i])).isCloseTo(margin(raw, "", data.x()[i]), within(1e-3));
        }
    }

    @Test
    void oneLabelOnly_leansThatWay() {
        Data data = data(20, 5, 1);
        int[] allPraise = new int[20];
        java.util.Arrays.fill(allPraise, 1);

        PolarityFit.Fitted fitted = new PolarityFit(new PolarityFit.Settings(2, 1, 0.01, 2, 42))
                .fit(data.sentences(), data.x(), allPraise);

        assertThat(margin(fitted, "the cast is tedious.", new float[] {-3, 0, 100})).isPositive();
    }

    @Test
    void settings_refuseTooFewFoldsAndNoPenalty() {
        assertThatThrownBy(() -> new PolarityFit.Settings(2, 1, 0.01, 1, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolarityFit.Settings(2, 0, 0.01, 5, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolarityFit.Settings(-1, 1, 0.01, 5, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolarityFit.Settings(2, 1, List.of(), 5, 42, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolarityFit(new PolarityFit.Settings(2, 1, 0.01, 2, 42))
                .fit(List.of("a"), new float[2][1], new int[2])).hasMessage("one embedding and one label per sentence");
    }
}
