package dev.reviewbot.opinion;

import java.util.Arrays;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * Hand-written rather than a library: Smile is GPL, Tribuo does not resolve here, and Commons Math has no
 * logistic regression; with a few hundred features Newton converges in under ten steps, each one
 * Cholesky solve, and the test checks the optimum's gradient.
 */
public final class LogisticRegression {

    private static final int MAX_STEPS = 50;
    private static final double TOLERANCE = 1e-8;

    private final double l2;

    /** @param l2 penalty on the squared weights (not the bias), per sample: loss = mean log-loss + l2/2 |w|^2 */
    public LogisticRegression(double l2) {
        if (!(l2 > 0)) {
            throw new IllegalArgumentException("l2 must be positive, was " + l2);
        }
        this.l2 = l2;
    }

    /** A fitted model: P(label 1 | x) = sigmoid(weights . x + bias). */
    public record Fitted(double[] weights, double bias) {

        public double probability(float[] x) {
            double z = bias;
            for (int j = 0; j < weights.length; j++) {
                z += weights[j] * x[j];
            }
            return sigmoid(z);
        }
    }

    /** @param labels 1 or 0 for each row of x */
    public Fitted fit(float[][] x, int[] labels) {
        int n = x.length;
        if (n == 0 || labels.length != n) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int d = x[0].length + 1; // the last coordinate is the bias
        double[] w = new double[d];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            double[] row = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d - 1; j++) {
                    row[j] = x[i][j];
                }
                row[d - 1] = 1;
                double p = sigmoid(dot(w, row));
                double residual = p - labels[i];
                double weight = Math.max(p * (1 - p), 1e-12);
                for (int j = 0; j < d; j++) {
                    gradient[j] += residual * row[j];
                    double wj = weight * row[j];
                    double[] h = hessian[j];
                    for (int k = 0; k <= j; k++) {
                        h[k] += wj * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                gradient[j] /= n;
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] /= n;
                }
                if (j < d - 1) {
                    gradient[j] += l2 * w[j];
                    hessian[j][j] += l2;
                } else {
                    hessian[j][j] += 1e-9; // keeps the bias's row positive definite on one-class data
                }
            }
            double[] delta = solveCholesky(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= delta[j];
                change = Math.max(change, Math.abs(delta[j]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new Fitted(Arrays.copyOf(w, d - 1), w[d - 1]);
    }

    /** The gradient of the regularised loss at a fitted model (zero at the optimum; tests check it). */
    public double[] gradient(Fitted model, float[][] x, int[] labels) {
        int d = model.weights().length;
        double[] g = new double[d + 1];
        for (int i = 0; i < x.length; i++) {
            double residual = model.probability(x[i]) - labels[i];
            for (int j = 0; j < d; j++) {
                g[j] += residual * x[i][j] / x.length;
            }
            g[d] += residual / x.length;
        }
        for (int j = 0; j < d; j++) {
            g[j] += l2 * model.weights()[j];
        }
        return g;
    }

    /** Solves A z = b for symmetric positive definite A, of which only the lower triangle is filled. */
    static double[] solveCholesky(double[][] a, double[] b) {
        int d = b.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new ArithmeticException("the Hessian is not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] z = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < d; k++) {
                sum -= l[k][i] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        return z;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
