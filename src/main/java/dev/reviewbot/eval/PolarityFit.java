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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    /** The stacking regression has a few weights and thousands of rows: practically unpenalised. */
    private static final double STACK_C = 100;
    /** Naive-Bayes smoothing: one made-up sentence of each label holding every n-gram (as in the paper). */
    private static final double ALPHA = 1;

    /**
     * @param ngramLength     longest word n-gram (0: the embedding alone)
     * @param ngramC          LIBLINEAR's C for the n-gram regressions (larger: less penalty)
     * @param l2              candidate penalties on the squared standardised embedding weights, per sentence
     *                        (C = 1 / (l2 n)); the one whose out-of-fold margins score best in the inner folds is used
     * @param negation        also weigh the n-grams with words in a negation's scope marked
     * @param characterLength longest character n-gram, a part of its own (0: none)
     */
    public record Settings(int ngramLength, double ngramC, List<Double> l2, int folds, long seed, boolean negation,
                           int characterLength) {
        public Settings {
            l2 = List.copyOf(l2);
            if (folds < 2 || ngramLength < 0 || characterLength < 0 || !(ngramC > 0) || l2.isEmpty()
                    || l2.stream().anyMatch(c -> !(c > 0))) {
                throw new IllegalArgumentException("need folds >= 2, ngramLength >= 0 and positive penalties");
            }
        }

        /** Plain word n-grams and one penalty on the embedding. */
        public Settings(int ngramLength, double ngramC, double l2, int folds, long seed) {
            this(ngramLength, ngramC, List.of(l2), folds, seed, false, 0);
        }
    }

    /**
     * Fitted weights: over the raw embedding, over each n-gram present (character n-grams' keys start
     * {@link SentenceNgrams#CHARACTERS}), and the bias; {@code l2} is the embedding's penalty chosen.
     */
    public record Fitted(double[] weights, Map<String, Double> ngrams, double bias, double l2) {

        Fitted(double[] weights, Map<String, Double> ngrams, double bias) {
            this(weights, ngrams, bias, Double.NaN);
        }

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

    /** The accuracy of each outer fold, in fold order; the folds are fitted side by side. */
    public List<Double> crossValidate(List<String> sentences, float[][] x, int[] labels) {
        return accuracies(outOfFoldMargins(sentences, x, labels), labels);
    }

    /**
     * Each sentence's margin by the weights fitted without its outer fold. The folds depend only on the number
     * of sentences and the seed, so models over other embeddings of the same sentences can be combined fold by
     * fold ({@link #accuracies} of their mean).
     */
    public double[] outOfFoldMargins(List<String> sentences, float[][] x, int[] labels) {
        Data data = Data.of(sentences, x, labels, settings);
        int[] fold = folds(labels.length, settings.seed());
        double[] margins = new double[labels.length];
        ExecutorService pool = Executors.newFixedThreadPool(settings.folds());
        try {
            List<Future<?>> fits = new ArrayList<>(settings.folds());
            for (int f = 0; f < settings.folds(); f++) {
                int outer = f;
                fits.add(pool.submit(() -> {
                    Fitted model = fit(data, rows(fold, outer, false, null), settings.seed() + 1 + outer);
                    for (int i : rows(fold, outer, true, null)) {
                        margins[i] = model.margin(x[i], data.grams.get(i));
                    }
                }));
            }
            for (Future<?> fit : fits) {
                fit.get();
            }
            return margins;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The share of each outer fold's sentences whose margin has their label's sign, in fold order. */
    public List<Double> accuracies(double[] margins, int[] labels) {
        int[] fold = folds(labels.length, settings.seed());
        List<Double> out = new ArrayList<>();
        for (int f = 0; f < settings.folds(); f++) {
            int right = 0;
            int[] test = rows(fold, f, true, null);
            for (int i : test) {
                right += (margins[i] >= 0 ? 1 : 0) == labels[i] ? 1 : 0;
            }
            out.add(test.length == 0 ? 0 : right / (double) test.length);
        }
        return out;
    }

    /** Weights fitted on every sentence. */
    public Fitted fit(List<String> sentences, float[][] x, int[] labels) {
        return fit(Data.of(sentences, x, labels, settings), IntStream.range(0, labels.length).toArray(),
                settings.seed());
    }

    /** {@code grams}: each sentence's word and character n-grams together, as scoring sees them. */
    private record Data(float[][] x, int[] labels, List<Set<String>> words, List<Set<String>> characters,
                        List<Set<String>> grams) {

        static Data of(List<String> sentences, float[][] x, int[] labels, Settings settings) {
            if (sentences.size() != labels.length || x.length != labels.length) {
                throw new IllegalArgumentException("one embedding and one label per sentence");
            }
            boolean ngrams = settings.ngramLength() > 0;
            List<Set<String>> words = sentences.stream().map(s -> ngrams
                    ? SentenceNgrams.of(s, settings.ngramLength(), settings.negation()) : Set.<String>of()).toList();
            List<Set<String>> characters = sentences.stream().map(s -> ngrams && settings.characterLength() > 0
                    ? SentenceNgrams.characters(s, settings.characterLength()) : Set.<String>of()).toList();
            List<Set<String>> both = IntStream.range(0, sentences.size()).mapToObj(i -> {
                Set<String> all = new HashSet<>(words.get(i));
                all.addAll(characters.get(i));
                return all;
            }).collect(java.util.stream.Collectors.toList());
            return new Data(x, labels, words, characters, both);
        }
    }

    private Fitted fit(Data data, int[] rows, long seed) {
        // Margins of parts that did not see the sentence they score: for the embedding's penalty and the stacking.
        int[] inner = folds(data.labels.length, seed);
        int candidates = settings.l2().size();
        boolean ngrams = settings.ngramLength() > 0;
        double[][] margins = new double[data.labels.length][];
        for (int g = 0; g < settings.folds() && (candidates > 1 || ngrams); g++) {
            int[] innerRows = rows(inner, g, false, rows);
            List<Fitted> parts = new ArrayList<>();
            settings.l2().forEach(l2 -> parts.add(fitEmbedding(data, innerRows, l2)));
            if (ngrams) {
                parts.addAll(ngramParts(data, innerRows));
            }
            for (int i : rows(inner, g, true, rows)) {
                margins[i] = parts.stream().mapToDouble(part -> part.margin(data.x[i], data.grams.get(i))).toArray();
            }
        }
        int chosen = candidates == 1 ? 0 : bestEmbedding(margins, rows, data.labels, candidates);
        double l2 = settings.l2().get(chosen);
        Fitted embedding = fitEmbedding(data, rows, l2);
        if (!ngrams) {
            return embedding;
        }
        double[][] used = new double[margins.length][];
        for (int i : rows) {
            double[] m = margins[i];
            used[i] = new double[m.length - candidates + 1];
            used[i][0] = m[chosen];
            System.arraycopy(m, candidates, used[i], 1, m.length - candidates);
        }
        double[] stack = stack(used, rows, data.labels);
        List<Fitted> parts = new ArrayList<>(List.of(embedding));
        parts.addAll(ngramParts(data, rows));
        double[] weights = new double[embedding.weights().length];
        Map<String, Double> grams = new HashMap<>();
        double bias = stack[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            double s = stack[p];
            Fitted part = parts.get(p);
            for (int j = 0; j < weights.length; j++) {
                weights[j] += s * part.weights()[j];
            }
            part.ngrams().forEach((gram, w) -> grams.merge(gram, s * w, Double::sum));
            bias += s * part.bias();
        }
        return new Fitted(weights, grams, bias, l2);
    }

    /** The embedding penalty whose out-of-fold margins have the smallest log loss. */
    private static int bestEmbedding(double[][] margins, int[] rows, int[] labels, int candidates) {
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            double loss = 0;
            for (int i : rows) {
                double z = labels[i] == 1 ? margins[i][c] : -margins[i][c];
                loss += Math.log1p(Math.exp(-z));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = c;
            }
        }
        return best;
    }

    /**
     * The n-gram parts stacked beside the embedding, fitted on the rows: the word n-grams' NBSVM regression,
     * their naive Bayes itself (the log-count ratios summed), which errs differently, and the character
     * n-grams' NBSVM regression when there are any.
     */
    private List<Fitted> ngramParts(Data data, int[] rows) {
        Map<String, Double> ratios = logCountRatios(data.words, data.labels, rows);
        List<Fitted> parts = new ArrayList<>(List.of(fitNgrams(data, data.words, rows, ratios),
                new Fitted(new double[data.x[0].length], ratios, 0)));
        if (settings.characterLength() > 0) {
            parts.add(fitNgrams(data, data.characters, rows, logCountRatios(data.characters, data.labels, rows)));
        }
        return parts;
    }

    /**
     * The weight of each margin and a bias. A part that scores against the label out of fold is dropped, not
     * turned round (non-negative stacking, Breiman 1996), the most negative first; that happens only where
     * there is too little data or a part adds nothing the others do not.
     */
    private static double[] stack(double[][] margins, int[] rows, int[] labels) {
        int k = margins[rows[0]].length;
        List<Integer> kept = new ArrayList<>(IntStream.range(0, k).boxed().toList());
        while (true) {
            List<Integer> parts = List.copyOf(kept);
            double[] w = regression(rows, i -> dense(parts.stream().mapToDouble(p -> margins[i][p]).toArray()), labels,
                    parts.size(), STACK_C);
            int worst = IntStream.range(0, parts.size()).boxed().min((a, b) -> Double.compare(w[a], w[b])).orElseThrow();
            if (w[worst] >= 0 || parts.size() == 1) {
                double[] out = new double[k + 1];
                for (int p = 0; p < parts.size(); p++) {
                    out[parts.get(p)] = Math.max(w[p], 0);
                }
                out[k] = w[parts.size()];
                return out;
            }
            kept.remove(worst);
        }
    }

    /** Logistic regression over the standardised embedding, the scaling folded back into the weights. */
    private static Fitted fitEmbedding(Data data, int[] rows, double l2) {
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
        }, data.labels, d, 1 / (l2 * rows.length));
        double[] weights = new double[d];
        double bias = w[d];
        for (int j = 0; j < d; j++) {
            weights[j] = w[j] / std[j];
            bias -= weights[j] * mean[j];
        }
        return new Fitted(weights, Map.of(), bias, l2);
    }

    /**
     * Each n-gram's naive-Bayes log-count ratio over the rows (Wang and Manning 2012): log P(gram | praise) -
     * log P(gram | criticism), counting the sentences that hold it, smoothed by {@link #ALPHA}.
     */
    private static Map<String, Double> logCountRatios(List<Set<String>> grams, int[] labels, int[] rows) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i : rows) {
            for (String gram : grams.get(i)) {
                counts.computeIfAbsent(gram, k -> new int[2])[labels[i]]++;
            }
        }
        double praise = 0;
        double criticism = 0;
        for (int[] c : counts.values()) {
            praise += ALPHA + c[1];
            criticism += ALPHA + c[0];
        }
        Map<String, Double> ratios = new HashMap<>();
        for (Map.Entry<String, int[]> gram : counts.entrySet()) {
            int[] c = gram.getValue();
            ratios.put(gram.getKey(), Math.log((ALPHA + c[1]) / praise) - Math.log((ALPHA + c[0]) / criticism));
        }
        return ratios;
    }

    /** NBSVM's features: each n-gram present, valued at its log-count ratio; the ratio folded into its weight. */
    private Fitted fitNgrams(Data data, List<Set<String>> grams, int[] rows, Map<String, Double> ratios) {
        List<String> vocabulary = new ArrayList<>(ratios.keySet());
        Collections.sort(vocabulary);
        Map<String, Integer> index = new HashMap<>();
        double[] ratio = new double[vocabulary.size()];
        for (int j = 0; j < vocabulary.size(); j++) {
            index.put(vocabulary.get(j), j);
            ratio[j] = ratios.get(vocabulary.get(j));
        }
        double[] w = regression(rows, i -> {
            int[] present = grams.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
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
