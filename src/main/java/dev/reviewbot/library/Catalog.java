package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the reviews in the library at one version. Questions are answered against a
 * snapshot, so an ingest running meanwhile never shows half a review.
 */
public record Catalog(long version, List<Review> reviews) {

    public Catalog {
        reviews = reviews.stream().sorted(Comparator.comparing(Review::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Review::id)).toList();
    }

    public static Catalog empty() {
        return new Catalog(0, List.of());
    }

    /** Distinct film titles, sorted. */
    public List<String> films() {
        return reviews.stream().map(Review::title).distinct().toList();
    }

    /** Every review of the film whose title compares equal to {@code title} (case and punctuation aside). */
    public List<Review> reviewsOf(String title) {
        String key = Passage.filmKey(title);
        return reviews.stream().filter(r -> Passage.filmKey(r.title()).equals(key)).toList();
    }

    public Optional<Review> review(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    public Map<String, Review> byId() {
        return reviews.stream().collect(Collectors.toMap(Review::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public int sectionCount() {
        return reviews.stream().mapToInt(r -> r.sections().size()).sum();
    }
}
