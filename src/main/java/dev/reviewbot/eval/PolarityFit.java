package dev.reviewbot.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.reviewbot.opinion.SentenceNgrams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Fits sentence polarity as two logistic regressions stacked: one over the sentence embedding (standardised),
 * one over its word n-grams weighted by their naive-Bayes log-count ratios (NBSVM, Wang and Manning 2012,
 * with logistic loss), combined by a third over the two margins, fitted on out-of-fold margins. All three are
 * linear, so the result folds into one weight per embedding dimension, one per n-gram and a bias
 * ({@link dev.reviewbot.opinion.PolarityModel}). Cross-validation is nested: each outer fold is scored by a
 * model whose three parts never saw it. The regressions are LIBLINEAR's (trust-region Newton, L2 penalty).
 */
public final class PolarityFit {

    private static final double TOLERANCE = 0.001;
    /** The stacking regression has three weights and thousands of rows: practically unpenalised. */
    private static final double STACK_C = 100;
    /** Naive-Bayes smoothing: one made-up sentence of each label holding every n-gram (as in the paper). */
    private static final double ALPHA = 1;

    /**
     * @param ngramLength longest word n-gram (0: the embedding alone)
     * @param ngramC      LIBLINEAR's C for the n-gram regression (larger: less penalty)
     * @param l2          penalty on the squared standardised embedding weights, per sentence (C = 1 / (l2 n))
     */
    public record Settings(int ngramLength, double ngramC, double l2, int folds, long seed) {
        public Settings {
            if (folds < 2 || ngramLength < 0 || !(ngramC > 0) || !(l2 > 0)) {
                throw new IllegalArgumentException("need folds >= 2, ngramLength >= 0 and positive penalties");
            }
        }
    }

    /** Fitted weights: over the raw embedding, over each n-gram present, and the bias. */
    public record Fitted(double[] weights, Map<String, Double> ngrams, double bias) {

        double margin(float[] embedding, Set<String> grams) {
            double z = bias;
            for (int j = 0; j < weights.length; j++) {
                z += weights[j] * embedding[j];
            }
            for (String gram : grams) {
                z += ngrams.getOrDefault(gram, 0.0);
            }
            return z;
        }
    }

    private final Settings settings;

    public PolarityFit(Settings settings) {
        this.settings = settings;
        Linear.disableDebugOutput();
    }

    /** The accuracy of each outer fold, in fold order. */
    public List<Double> crossValidate(List<String> sentences, float[][] x, int[] labels) {
        Data data = new Data(sentences, x, labels, settings.ngramLength());
        int[] fold = folds(labels.length, settings.seed());
        List<Double> accuracies = new ArrayList<>(settings.folds());
        for (int f = 0; f < settings.folds(); f++) {
            int[] train = rows(fold, f, false, null);
            int[] test = rows(fold, f, true, null);
            Fitted model = fit(data, train, settings.seed() + 1 + f);
            int right = 0;
            for (int i : test) {
                right += (model.margin(x[i], data.grams.get(i)) >= 0 ? 1 : 0) == labels[i] ? 1 : 0;
            }
            accuracies.add(test.length == 0 ? 0 : right / (double) test.length);
        }
        return accuracies;
    }

    /** Weights fitted on every sentence. */
    public Fitted fit(List<String> sentences, float[][] x, int[] labels) {
        return fit(new Data(sentences, x, labels, settings.ngramLength()), IntStream.range(0, labels.length).toArray(),
                settings.seed());
    }

    private record Data(List<String> sentences, float[][] x, int[] labels, List<Set<String>> grams) {
        Data(List<String> sentences, float[][] x, int[] labels, int ngramLength) {
            this(sentences, x, labels, sentences.stream().map(s -> ngramLength == 0 ? Set.<String>of()
                    : SentenceNgrams.of(s, ngramLength)).toList());
            if (sentences.size() != labels.length || x.length != labels.length) {
                throw new IllegalArgumentException("one embedding and one label per sentence");
            }
        }
    }

    private Fitted fit(Data data, int[] rows, long seed) {
        Fitted embedding = fitEmbedding(data, rows);
        if (settings.ngramLength() == 0) {
            return embedding;
        }
        // The stacking weights, from margins of models that did not see the sentence they score.
        int[] inner = folds(data.labels.length, seed);
        double[][] margins = new double[data.labels.length][];
        for (int g = 0; g < settings.folds(); g++) {
            int[] innerTrain = rows(inner, g, false, rows);
            Fitted e = fitEmbedding(data, innerTrain);
            Fitted n = fitNgrams(data, innerTrain);
            for (int i : rows(inner, g, true, rows)) {
                margins[i] = new double[] {e.margin(data.x[i], Set.of()), n.margin(data.x[i], data.grams.get(i))};
            }
        }
        double[] stack = stack(margins, rows, data.labels);
        Fitted ngrams = fitNgrams(data, rows);
        double[] weights = new double[embedding.weights().length];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = stack[0] * embedding.weights()[j];
        }
        Map<String, Double> grams = new HashMap<>();
        ngrams.ngrams().forEach((gram, w) -> grams.put(gram, stack[1] * w));
        return new Fitted(weights, grams, stack[0] * embedding.bias() + stack[1] * ngrams.bias() + stack[2]);
    }

    /**
     * The weights of the two margins and a bias. A part that scores against the label out of fold is dropped,
     * not turned round (non-negative stacking, Breiman 1996); that happens only where there is too little data.
     */
    private static double[] stack(double[][] margins, int[] rows, int[] labels) {
        double[] both = regression(rows, i -> dense(margins[i]), labels, 2, STACK_C);
        if (both[0] >= 0 && both[1] >= 0) {
            return both;
        }
        int kept = both[0] >= both[1] ? 0 : 1;
        double[] alone = regression(rows, i -> dense(new double[] {margins[i][kept]}), labels, 1, STACK_C);
        double weight = Math.max(alone[0], 0);
        return new double[] {kept == 0 ? weight : 0, kept == 1 ? weight : 0, alone[1]};
    }

    /** Logistic regression over the standardised embedding, the scaling folded back into the weights. */
    private Fitted fitEmbedding(Data data, int[] rows) {
        int d = data.x[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int i : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += data.x[i][j] / (double) rows.length;
            }
        }
        for (int i : rows) {
            for (int j = 0; j < d; j++) {
                std[j] += (data.x[i][j] - mean[j]) * (data.x[i][j] - mean[j]) / rows.length;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.max(Math.sqrt(std[j]), 1e-9);
        }
        double[] w = regression(rows, i -> {
            double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = (data.x[i][j] - mean[j]) / std[j];
            }
            return dense(row);
        }, data.labels, d, 1 / (settings.l2() * rows.length));
        double[] weights = new double[d];
        double bias = w[d];
        for (int j = 0; j < d; j++) {
            weights[j] = w[j] / std[j];
            bias -= weights[j] * mean[j];
        }
        return new Fitted(weights, Map.of(), bias);
    }

    /** NBSVM's features: each n-gram present, valued at its log-count ratio; the ratio folded into its weight. */
    private Fitted fitNgrams(Data data, int[] rows) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i : rows) {
            for (String gram : data.grams.get(i)) {
                counts.computeIfAbsent(gram, k -> new int[2])[data.labels[i]]++;
            }
        }
        List<String> vocabulary = new ArrayList<>(counts.keySet());
        Collections.sort(vocabulary);
        Map<String, Integer> index = new HashMap<>();
        double praise = 0;
        double criticism = 0;
        for (int j = 0; j < vocabulary.size(); j++) {
            index.put(vocabulary.get(j), j);
            praise += ALPHA + counts.get(vocabulary.get(j))[1];
            criticism += ALPHA + counts.get(vocabulary.get(j))[0];
        }
        double[] ratio = new double[vocabulary.size()];
        for (int j = 0; j < ratio.length; j++) {
            int[] c = counts.get(vocabulary.get(j));
            ratio[j] = Math.log((ALPHA + c[1]) / praise) - Math.log((ALPHA + c[0]) / criticism);
        }
        double[] w = regression(rows, i -> {
            int[] present = data.grams.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
            Feature[] row = new Feature[present.length];
            for (int k = 0; k < present.length; k++) {
                row[k] = new FeatureNode(present[k] + 1, ratio[present[k]]);
            }
            return row;
        }, data.labels, vocabulary.size(), settings.ngramC());
        Map<String, Double> ngrams = new HashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            ngrams.put(vocabulary.get(j), w[j] * ratio[j]);
        }
        return new Fitted(new double[data.x[0].length], ngrams, w[vocabulary.size()]);
    }

    /**
     * L2-penalised logistic regression with a bias term; returns the d weights then the bias, signed so that
     * a positive margin means label 1.
     */
    private static double[] regression(int[] rows, java.util.function.IntFunction<Feature[]> features, int[] labels,
                                       int d, double c) {
        double[] out = new double[d + 1];
        if (IntStream.of(rows).map(i -> labels[i]).distinct().count() < 2) { // nothing to tell apart: a constant lean
            out[d] = rows.length == 0 ? 0 : labels[rows[0]] == 1 ? 1 : -1;
            return out;
        }
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = d + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.length][];
        problem.y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            Feature[] own = features.apply(rows[k]);
            Feature[] row = java.util.Arrays.copyOf(own, own.length + 1);
            row[own.length] = new FeatureNode(d + 1, 1);
            problem.x[k] = row;
            problem.y[k] = labels[rows[k]];
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, TOLERANCE));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR's margin favours the first label it met
        for (int j = 0; j <= d; j++) {
            out[j] = sign * w[j];
        }
        return out;
    }

    private static Feature[] dense(double[] values) {
        Feature[] row = new Feature[values.length];
        for (int j = 0; j < values.length; j++) {
            row[j] = new FeatureNode(j + 1, values[j]);
        }
        return row;
    }

    private int[] folds(int n, long seed) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % settings.folds();
        }
        return fold;
    }

    /** The rows (of {@code among}, or all when null) in fold f, or outside it. */
    private static int[] rows(int[] fold, int f, boolean in, int[] among) {
        IntStream candidates = among == null ? IntStream.range(0, fold.length) : IntStream.of(among);
        return candidates.filter(i -> (fold[i] == f) == in).toArray();
    }
}
