package dev.reviewbot.embedding;

/**
 * Cosine similarity over many comparisons: vectors are made unit length once, then each comparison is a dot
 * product (the question against every description, a passage against every aspect).
 */
public final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to length 1; a zero vector stays zero. */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The dot product: the cosine of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
