package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import dev.reviewbot.text.TitleMatcher;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of the reviews in the library at one version, indexed for the lookups every
 * question makes (by id, by film, title matching). Questions are answered against a snapshot, so an
 * ingest running meanwhile never shows half a review.
 */
public final class Catalog {

    private final long version;
    private final List<Review> reviews;
    private final Map<String, Review> byId = new LinkedHashMap<>();
    private final Map<String, List<Review>> byFilm = new LinkedHashMap<>();
    private final List<String> films;
    private final List<String> reviewers;
    private final TitleMatcher titles;
    private final int sectionCount;

    public Catalog(long version, List<Review> reviews) {
        this.version = version;
        this.reviews = reviews.stream().sorted(Comparator.comparing(Review::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Review::id)).toList();
        for (Review review : this.reviews) {
            byId.put(review.id(), review);
            byFilm.computeIfAbsent(Passage.filmKey(review.title()), k -> new java.util.ArrayList<>()).add(review);
        }
        this.films = byFilm.values().stream().map(r -> r.get(0).title()).toList();
        this.reviewers = this.reviews.stream().map(Review::reviewer).filter(Objects::nonNull).distinct().toList();
        this.titles = new TitleMatcher(films);
        this.sectionCount = this.reviews.stream().mapToInt(r -> r.sections().size()).sum();
    }


    public long version() {
        return version;
    }

    public List<Review> reviews() {
        return reviews;
    }

    /** Distinct film titles, sorted. */
    public List<String> films() {
        return films;
    }

    public List<String> reviewers() {
        return reviewers;
    }

    /** Matches film titles in questions and in what users type. */
    public TitleMatcher titles() {
        return titles;
    }

    /** Every review of the film whose title compares equal to {@code title} (case and punctuation aside). */
    public List<Review> reviewsOf(String title) {
        return byFilm.getOrDefault(Passage.filmKey(title), List.of());
    }

    public Optional<Review> review(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Map<String, Review> byId() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    public int sectionCount() {
        return sectionCount;
    }

    /** The stored film a user meant by {@code typed} (case, punctuation, a dropped "The", small typos aside). */
    public Optional<String> film(String typed) {
        return Optional.ofNullable(typed == null ? null : titles().closest(typed));
    }

    /** The stored section names of a film's reviews, in order, each once. */
    public List<String> sectionsOf(String film) {
        return reviewsOf(film).stream().flatMap(r -> r.sections().stream().map(s -> s.name())).distinct().toList();
    }

    /** "unknown film 'X'; stored films: ..." (the first ten), for a title that matched nothing. */
    public String unknownFilm(String typed) {
        List<String> films = films();
        String known = films.isEmpty() ? "none" : films.size() <= 10 ? String.join(", ", films)
                : String.join(", ", films.subList(0, 10)) + " and " + (films.size() - 10) + " more";
        return "unknown film '" + (typed == null ? "" : typed.strip()) + "'; stored films: " + known;
    }
}
