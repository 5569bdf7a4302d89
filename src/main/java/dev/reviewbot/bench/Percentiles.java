package dev.reviewbot.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as milliseconds. */
record Percentiles(double p50, double p99, double mean, int samples) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(ms(at(sorted, 0.50)), ms(at(sorted, 0.99)), ms((long) Arrays.stream(sorted).average().orElse(0)),
                sorted.length);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p50 %.3f ms, p99 %.3f ms (n=%d)", p50, p99, samples);
    }
}
