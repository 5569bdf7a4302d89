package dev.reviewbot.opinion;

import dev.reviewbot.library.SentencePolarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence polarity from several fitted models at once: the mean of their margins (log-odds), read back as a
 * polarity. Where one model misreads a sentence the other reads plainly, the mean leans the way of the surer;
 * averaging the polarities themselves would pull every disagreement to zero. A model with no score for a
 * sentence (no weights) is left out of its mean.
 */
public final class MeanPolarity implements SentencePolarity {

    /** Polarities of exactly ±1 (a margin past the double's reach) are read as this close to it. */
    private static final double EDGE = 1 - 1e-12;

    private final List<SentencePolarity> parts;

    private MeanPolarity(List<SentencePolarity> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The one model itself, or the mean of several. */
    public static SentencePolarity of(List<SentencePolarity> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no polarity model");
        }
        return parts.size() == 1 ? parts.get(0) : new MeanPolarity(parts);
    }

    @Override
    public List<Double> score(List<String> sentences) {
        List<List<Double>> scored = parts.stream().map(p -> p.score(sentences)).toList();
        List<Double> means = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            double sum = 0;
            int counted = 0;
            for (List<Double> scores : scored) {
                double polarity = scores.get(i);
                if (!Double.isNaN(polarity)) {
                    sum += halfMargin(polarity);
                    counted++;
                }
            }
            means.add(counted == 0 ? Double.NaN : Math.tanh(sum / counted));
        }
        return means;
    }

    /** A polarity 2σ(z) - 1 = tanh(z / 2) back to z / 2. */
    private static double halfMargin(double polarity) {
        double p = Math.max(-EDGE, Math.min(EDGE, polarity));
        return 0.5 * Math.log((1 + p) / (1 - p));
    }

    @Override
    public String version() {
        return String.join("+", parts.stream().map(SentencePolarity::version).toList());
    }
}
