package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reviewbot.library.Passage;
import dev.reviewbot.review.Review;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** An unrated film's place among rated ones: the rating its verdict's polarity predicts, fitted on the rated ones. */
class RatingScaleTest {

    /** Each review's verdict polarity, keyed by review id through a fake passage list (its size carries the id). */
    private static final Map<String, Double> POLARITY = Map.of("a", -0.8, "b", 0.0, "c", 0.8, "d", 0.4, "e", 0.9);

    private static final Function<String, List<Passage>> NO_PASSAGES = id -> List.of();

    private static Review review(String id, String rating) {
        return new Review(id, "Film " + id, null, null, rating, null, List.of(new dev.reviewbot.review.Section("Verdict", "Fine.")));
    }

    private static ToDoubleFunction<List<OpinionSentence>> polarityOf(String id) {
        return sentences -> POLARITY.get(id);
    }

    @Test
    void anUnratedReview_getsTheRatingItsPolarityPredicts_onTheRatedReviewsLine() {
        List<Review> rated = List.of(review("a", "1/5"), review("b", "3/5"), review("c", "5/5"));
        // rating = 0.6 + 0.5 x polarity through (-0.8, 0.2), (0, 0.6), (0.8, 1.0)
        RatingScale scale = fit(rated);

        assertThat(scale.slope()).isCloseTo(0.5, within(1e-9));
        assertThat(scale.of(review("d", null), NO_PASSAGES, polarityOf("d"))).isCloseTo(0.8, within(1e-9));
        assertThat(scale.of(review("a", "1/5"), NO_PASSAGES, polarityOf("a"))).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void whenPraiseDoesNotPredictBetterRatings_anUnratedReviewSitsAtTheMeanRating() {
        List<Review> rated = List.of(review("a", "5/5"), review("b", "3/5"), review("c", "1/5"));
        RatingScale scale = fit(rated);

        assertThat(scale.slope()).isZero();
        assertThat(scale.of(review("e", null), NO_PASSAGES, polarityOf("e"))).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void withTooFewRatedReviews_polarityIsMappedOntoTheScaleAsItIs() {
        RatingScale scale = fit(List.of(review("a", "1/5")));

        assertThat(scale.of(review("d", null), NO_PASSAGES, polarityOf("d"))).isCloseTo(0.7, within(1e-9));
    }

    /** The fit reads each review's polarity by id: the lambda below looks it up from the review being read. */
    private static RatingScale fit(List<Review> reviews) {
        java.util.Iterator<Review> order = reviews.stream().filter(r -> r.rating() != null).iterator();
        return RatingScale.fit(reviews, NO_PASSAGES, sentences -> POLARITY.get(order.next().id()));
    }
}
