package dev.reviewbot.opinion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits polarity weights on embedded, labelled sentences and measures them by k-fold cross-validation:
 * each fold is scored by weights fitted on the other folds only. Features are standardised on the
 * training part (so that one l2 suits any model) and the scaling is folded back into the weights.
 */
public final class PolarityFitter {

    private final double l2;
    private final int folds;
    private final long seed;

    public PolarityFitter(double l2, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("at least 2 folds, was " + folds);
        }
        this.l2 = l2;
        this.folds = folds;
        this.seed = seed;
    }

    /** The accuracy of each fold, in fold order. */
    public List<Double> crossValidate(float[][] x, int[] labels) {
        int[] fold = assignFolds(x.length);
        List<Double> accuracies = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                (fold[i] == f ? test : train).add(i);
            }
            LogisticRegression.Fitted model = fit(rows(x, train), labels(labels, train));
            int right = 0;
            for (int i : test) {
                right += (model.probability(x[i]) >= 0.5 ? 1 : 0) == labels[i] ? 1 : 0;
            }
            accuracies.add(test.isEmpty() ? 0 : right / (double) test.size());
        }
        return accuracies;
    }

    /** Weights over raw embeddings, fitted on everything. */
    public LogisticRegression.Fitted fit(float[][] x, int[] labels) {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) x.length;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.max(Math.sqrt(std[j]), 1e-9);
        }
        float[][] scaled = new float[x.length][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                scaled[i][j] = (float) ((x[i][j] - mean[j]) / std[j]);
            }
        }
        LogisticRegression.Fitted standard = new LogisticRegression(l2).fit(scaled, labels);
        double[] weights = new double[d];
        double bias = standard.bias();
        for (int j = 0; j < d; j++) {
            weights[j] = standard.weights()[j] / std[j];
            bias -= weights[j] * mean[j];
        }
        return new LogisticRegression.Fitted(weights, bias);
    }

    private int[] assignFolds(int n) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % folds;
        }
        return fold;
    }

    private static float[][] rows(float[][] x, List<Integer> which) {
        float[][] out = new float[which.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[which.get(i)];
        }
        return out;
    }

    private static int[] labels(int[] labels, List<Integer> which) {
        return which.stream().mapToInt(i -> labels[i]).toArray();
    }
}
