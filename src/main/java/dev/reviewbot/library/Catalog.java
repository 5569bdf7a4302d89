package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import dev.reviewbot.text.TitleMatcher;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * An immutable snapshot of the reviews in the library at one version, indexed for the lookups every
 * question makes (by id, by film, title matching). Questions are answered against a snapshot, so an
 * ingest running meanwhile never shows half a review. Persistent: {@link #with} makes the next version's
 * snapshot from this one in time that grows with the reviews changed, not with the library.
 */
public final class Catalog {

    /** The order reviews are listed in: by title, case aside, then by id. */
    private static final Comparator<Review> ORDER = Comparator.comparing(Review::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Review::id);

    /** Everything but the version, shared between the snapshots of consecutive versions. */
    private record Parts(PVector<Review> reviews, PMap<String, Review> byId, ReviewGroups byFilm,
                         ReviewGroups byReviewer, TitleMatcher titles, int sectionCount) {

        static final Parts EMPTY = new Parts(TreePVector.empty(), HashTreePMap.empty(),
                ReviewGroups.empty(ORDER, review -> Passage.filmKey(review.title())),
                ReviewGroups.empty(ORDER, Review::reviewer), new TitleMatcher(List.of()), 0);

        Parts plus(Review review) {
            Parts without = minus(review.id());
            String film = Passage.filmKey(review.title());
            ReviewGroups films = without.byFilm.plus(review);
            return new Parts(SortedVectors.plus(without.reviews, review, ORDER), without.byId.plus(review.id(), review),
                    films, without.byReviewer.plus(review),
                    retitled(without.titles, without.byFilm.of(film), films.of(film)),
                    without.sectionCount + review.sections().size());
        }

        Parts minus(String id) {
            Review review = byId.get(id);
            if (review == null) {
                return this;
            }
            String film = Passage.filmKey(review.title());
            ReviewGroups films = byFilm.minus(review);
            return new Parts(SortedVectors.minus(reviews, review, ORDER), byId.minus(id), films,
                    byReviewer.minus(review), retitled(titles, byFilm.of(film), films.of(film)),
                    sectionCount - review.sections().size());
        }

        /**
         * The matcher once the film's reviews are {@code after} instead of {@code before}: listed under the first
         * one's title, and matched by every other name its reviews give it ("released in Britain as ...").
         */
        private static TitleMatcher retitled(TitleMatcher titles, List<Review> before, List<Review> after) {
            TitleMatcher without = titles;
            if (!before.isEmpty()) {
                String title = before.get(0).title();
                for (String name : otherNames(before)) {
                    without = without.minus(title, name);
                }
                without = without.minus(title);
            }
            if (after.isEmpty()) {
                return without;
            }
            String title = after.get(0).title();
            TitleMatcher with = without.plus(title);
            for (String name : otherNames(after)) {
                with = with.plus(title, name);
            }
            return with;
        }

        private static java.util.Set<String> otherNames(List<Review> film) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            film.forEach(review -> names.addAll(dev.reviewbot.review.AlternativeTitles.of(review)));
            return names;
        }
    }

    private final long version;
    private final Parts parts;
    private final List<String> films;
    private final List<String> reviewers;

    public Catalog(long version, List<Review> reviews) {
        this(version, plusAll(Parts.EMPTY, reviews));
    }

    private Catalog(long version, Parts parts) {
        this.version = version;
        this.parts = parts;
        this.films = titles(parts.byFilm().firsts(), Review::title);
        this.reviewers = titles(parts.byReviewer().firsts(), Review::reviewer);
    }

    /**
     * The snapshot of a later version: these reviews written (added, or replacing the one stored under the
     * same id) and these ids removed (ids not stored are ignored); everything else shared with this one.
     */
    public Catalog with(long version, Collection<Review> written, Collection<String> removed) {
        Parts next = parts;
        for (String id : removed) {
            next = next.minus(id);
        }
        return new Catalog(version, plusAll(next, written));
    }

    private static Parts plusAll(Parts parts, Collection<Review> reviews) {
        Parts next = parts;
        for (Review review : reviews) {
            next = next.plus(review);
        }
        return next;
    }

    /** A read-only list view: each group's first review, by one of its fields. */
    private static List<String> titles(List<Review> firsts, Function<Review, String> field) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return field.apply(firsts.get(index));
            }

            @Override
            public int size() {
                return firsts.size();
            }
        };
    }

    public long version() {
        return version;
    }

    /** Every review, by title (case aside), then by id. */
    public List<Review> reviews() {
        return parts.reviews();
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
        return parts.titles();
    }

    /** Every review of the film whose title compares equal to {@code title} (case and punctuation aside). */
    public List<Review> reviewsOf(String title) {
        return parts.byFilm().of(Passage.filmKey(title));
    }

    public Optional<Review> review(String id) {
        return Optional.ofNullable(parts.byId().get(id));
    }

    public Map<String, Review> byId() {
        return parts.byId();
    }

    public int sectionCount() {
        return parts.sectionCount();
    }

    /** What changed between two snapshots: the reviews only the earlier one has, and those only this one has. */
    public record Changes(List<Review> removed, List<Review> added) {
    }

    /**
     * The reviews {@code earlier} holds that this snapshot does not (removed, or replaced under the same id),
     * and the reverse: what a structure kept beside the catalog applies to follow it from version to version.
     */
    public Changes changesSince(Catalog earlier) {
        return new Changes(onlyIn(earlier.byId(), byId()), onlyIn(byId(), earlier.byId()));
    }

    private static List<Review> onlyIn(Map<String, Review> these, Map<String, Review> others) {
        return these.values().stream().filter(review -> others.get(review.id()) != review).toList();
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
