package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import dev.reviewbot.text.Fuzzy;
import dev.reviewbot.text.TitleMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a removal request names, matched strictly: removing is not undone, so unlike a question it never
 * guesses. A title matches only when it is the same title (case, punctuation and a leading "The" aside);
 * a review id only when it is that id. Anything else finds nothing and names the titles it resembles.
 */
public sealed interface RemovalMatch {

    /** Titles at most this many edits away are offered as "did you mean". */
    int CLOSE_EDITS = 3;
    int MAX_CLOSE = 5;

    /** The reviews that would be removed, and what the user asked for. */
    record Found(String what, List<Review> reviews) implements RemovalMatch {
        public Found {
            reviews = List.copyOf(reviews);
            if (reviews.isEmpty()) {
                throw new IllegalArgumentException("a removal finds at least one review");
            }
        }

        public List<String> ids() {
            return reviews.stream().map(Review::id).toList();
        }

        public List<String> displayNames() {
            return reviews.stream().map(Review::displayName).toList();
        }
    }

    /** Nothing matched exactly; {@code close} are the stored titles most like what was typed. */
    record NotFound(String typed, List<String> close) implements RemovalMatch {
        public NotFound {
            close = List.copyOf(close);
        }

        /** "no film or review id is exactly 'Alien 3'; close titles: Alien 2". */
        public String problem() {
            return "no film or review id is exactly '" + typed + "'"
                    + (close.isEmpty() ? "" : "; close titles: " + String.join(", ", close));
        }

        /** {@link #problem()}, saying that nothing was touched. */
        public String message() {
            return problem() + "; nothing was removed";
        }
    }

    static RemovalMatch find(Catalog catalog, String typed) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<Review> byId = catalog.review(wanted);
        if (byId.isPresent()) {
            return new Found(wanted, List.of(byId.get()));
        }
        String key = TitleMatcher.key(wanted);
        if (!key.isEmpty()) {
            for (String film : catalog.films()) {
                if (TitleMatcher.key(film).equals(key)) {
                    return new Found(film, catalog.reviewsOf(film));
                }
            }
        }
        return new NotFound(wanted, close(catalog.films(), key));
    }

    private static List<String> close(List<String> films, String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        return films.stream()
                .map(f -> Map.entry(f, Fuzzy.distance(key, TitleMatcher.key(f))))
                .filter(e -> e.getValue() <= Math.min(CLOSE_EDITS, Math.max(1, key.length() / 3)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CLOSE).map(Map.Entry::getKey).toList();
    }
}
