package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.review.ProseMetadata;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Which has the higher rating, X or Y?": each named film's ratings read on the common 0..1 scale
 * ({@link ProseMetadata#scale}), so "3 stars" and "72%" compare, quoted per film, the higher (or the lower) first.
 * A film with several rated reviews stands at their mean.
 */
final class RatingComparison {

    /** Asking for the lower mark: a closed set of words, the grammar of the question. */
    private static final Pattern ASKS_LOW = Pattern.compile("(?i)\\b(lower|lowest|worse|worst|less|least|fewer|poorer)\\b");

    private record Rated(String film, List<Review> reviews, double scale) {
    }

    private RatingComparison() {
    }

    /** Empty unless at least two of the named films have a rating that reads on a scale. */
    static Optional<Answer> compare(String question, List<String> films, Catalog catalog) {
        List<Rated> rated = new ArrayList<>();
        List<String> unrated = new ArrayList<>();
        for (String film : films) {
            List<Review> reviews = catalog.reviewsOf(film).stream().filter(r -> ProseMetadata.scale(r.rating()).isPresent()).toList();
            if (reviews.isEmpty()) {
                unrated.add(film);
            } else {
                rated.add(new Rated(reviews.get(0).title(), reviews,
                        reviews.stream().mapToDouble(r -> ProseMetadata.scale(r.rating()).orElseThrow()).average().orElseThrow()));
            }
        }
        if (rated.size() < 2) {
            return Optional.empty();
        }
        boolean low = ASKS_LOW.matcher(question).find();
        Comparator<Rated> byScale = Comparator.comparingDouble(Rated::scale);
        rated.sort(low ? byScale : byScale.reversed());
        List<Citation> citations = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (Rated film : rated) {
            prose.append(prose.isEmpty() ? "" : " ").append(film.film()).append(':');
            for (Review review : film.reviews()) {
                citations.add(MetadataAnswers.cite(review, "rating", review.rating()));
                prose.append(" \"").append(citations.get(citations.size() - 1).quote()).append("\" [").append(citations.size()).append(']');
            }
        }
        if (rated.get(0).scale() != rated.get(1).scale()) {
            prose.append(" So ").append(rated.get(0).film()).append(low ? " is rated lower." : " is rated higher.");
        } else {
            prose.append(" They are rated alike.");
        }
        if (!unrated.isEmpty()) {
            prose.append(" The stored reviews of ").append(String.join(", ", unrated)).append(" don't give a rating.");
        }
        return Optional.of(new Answer.Grounded(question, citations, prose.toString(), null));
    }
}
