package dev.reviewbot.answer;

import dev.reviewbot.library.Passage;
import dev.reviewbot.review.ProseMetadata;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A review's verdict on the 0..1 scale its rating reads on ("4/5" is 0.8); for a review without a rating that
 * reads on a scale, the rating its verdict's polarity predicts, by a line fitted over the library's rated reviews
 * (rating against verdict polarity, least squares). Where polarity tells little about ratings the line is flat and
 * an unrated review sits at the library's mean rating, instead of wherever a noisy polarity puts it.
 *
 * @param intercept predicted scale at polarity 0
 * @param slope     change in scale per unit of polarity (never negative: more praise never predicts a lower rating)
 */
record RatingScale(double intercept, double slope) {

    /**
     * A line needs this many rated reviews to be fitted (two fit any line exactly); with fewer, polarity's own
     * range -1..1 is mapped onto 0..1.
     */
    private static final int LEAST_RATED = 3;

    static RatingScale fit(List<Review> reviews, Function<String, List<Passage>> passagesOf,
                           ToDoubleFunction<List<OpinionSentence>> verdictPolarity) {
        List<double[]> points = new ArrayList<>();
        for (Review review : reviews) {
            ProseMetadata.scale(review.rating()).ifPresent(rating -> {
                double polarity = verdictPolarity.applyAsDouble(OpinionSentence.of(passagesOf.apply(review.id())));
                if (!Double.isNaN(polarity)) {
                    points.add(new double[] {polarity, rating});
                }
            });
        }
        if (points.size() < LEAST_RATED) {
            return new RatingScale(0.5, 0.5);
        }
        double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = points.stream().mapToDouble(p -> (p[0] - meanX) * (p[1] - meanY)).sum();
        double sxx = points.stream().mapToDouble(p -> (p[0] - meanX) * (p[0] - meanX)).sum();
        double slope = sxx == 0 ? 0 : Math.max(0, sxy / sxx);
        return new RatingScale(meanY - slope * meanX, slope);
    }

    /** The review's rating on the 0..1 scale, or the one its verdict's polarity predicts; NaN when neither. */
    double of(Review review, Function<String, List<Passage>> passagesOf, ToDoubleFunction<List<OpinionSentence>> verdictPolarity) {
        return ProseMetadata.scale(review.rating()).orElseGet(() -> {
            double polarity = verdictPolarity.applyAsDouble(OpinionSentence.of(passagesOf.apply(review.id())));
            return Double.isNaN(polarity) ? Double.NaN
                    : Math.max(0, Math.min(1, intercept + slope * polarity));
        });
    }
}
