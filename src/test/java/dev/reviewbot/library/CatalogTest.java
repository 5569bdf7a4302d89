package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The library's snapshot as a user meets it through lookups and removals: films listed once and sorted, a
 * film's reviews whatever the case, the stored-films hint, and removals that match only what was meant.
 * No index and no model: a catalog is plain reviews.
 */
class CatalogTest {

    private static Review review(String title, String reviewer, String... sections) {
        List<String> names = sections.length == 0 ? List.of("Review") : List.of(sections);
        List<Section> parts = names.stream().map(name -> new Section(name, "Text of " + name + " in " + title + "."))
                .toList();
        return new Review(Review.idFor(title, reviewer), title, 2020, reviewer, null, "file", parts);
    }

    private final Review orchardMaya = review("Glass Orchard", "Maya Lindqvist", "Acting", "Music");
    private final Review orchardColin = review("Glass Orchard", "Colin Ashby", "Music", "Verdict");
    private final Review ballerina = review("Ballerina", null, "Review");
    private final Review deepQuiet = review("The Deep Quiet", "Maya Lindqvist", "Acting");
    private final Catalog catalog = new Catalog(7, List.of(orchardMaya, deepQuiet, ballerina, orchardColin));

    @Test
    void filmsAreListedOnce_inTitleOrder_withTheirReviewsAndReviewers() {
        assertThat(catalog.version()).isEqualTo(7);
        assertThat(catalog.films()).containsExactly("Ballerina", "Glass Orchard", "The Deep Quiet");
        assertThat(catalog.reviews()).containsExactly(ballerina, orchardColin, orchardMaya, deepQuiet);
        assertThat(catalog.reviewers()).containsExactly("Colin Ashby", "Maya Lindqvist");
        assertThat(catalog.sectionCount()).isEqualTo(6);
        assertThat(catalog.byId()).hasSize(4).containsEntry(ballerina.id(), ballerina);
    }

    @Test
    void aFilmsReviews_areFoundWhateverTheCaseAndPunctuation() {
        assertThat(catalog.reviewsOf("GLASS orchard!")).containsExactly(orchardColin, orchardMaya);
        assertThat(catalog.reviewsOf("Alien")).isEmpty();
        assertThat(catalog.review(deepQuiet.id())).contains(deepQuiet);
        assertThat(catalog.review("nobody/none")).isEmpty();
        assertThat(catalog.sectionsOf("glass orchard")).containsExactly("Music", "Verdict", "Acting");
    }

    @Test
    void aTypedFilm_isMatchedDespiteATypo_andNothingTypedMatchesNothing() {
        assertThat(catalog.film("glass orchad")).contains("Glass Orchard");
        assertThat(catalog.film(null)).isEmpty();
        assertThat(catalog.titles().titlesIn("is deep quiet scary?")).containsExactly("The Deep Quiet");
    }

    /** A name one of a film's reviews gives it is matched while that review is stored, and the film listed under its title. */
    @Test
    void aFilmsOtherName_isMatchedWhileAReviewGivingItIsStored() {
        Review hailstones = new Review(Review.idFor("L'Été des grêlons", "Cordelia Sowerby"), "L'Été des grêlons", 2016,
                "Cordelia Sowerby", null, "file", List.of(new Section("Review", "Released in Britain as Summer of Hailstones.")));
        Catalog with = catalog.with(8, List.of(hailstones), List.of());

        assertThat(with.titles().titlesIn("who plays the grandad in summer of hailstones")).containsExactly("L'Été des grêlons");
        assertThat(with.films()).contains("L'Été des grêlons").doesNotContain("Summer of Hailstones");
        assertThat(with.with(9, List.of(), List.of(hailstones.id())).titles().titlesIn("summer of hailstones")).isEmpty();
    }

    @Test
    void anUnknownFilm_namesTheStoredFilms_atMostTen() {
        assertThat(catalog.unknownFilm("  Alien ")).isEqualTo(
                "unknown film 'Alien'; stored films: Ballerina, Glass Orchard, The Deep Quiet");
        assertThat(new Catalog(0, List.of()).unknownFilm(null)).isEqualTo("unknown film ''; stored films: none");
        assertThat(films(10).unknownFilm("x")).endsWith("Film 08, Film 09");
        assertThat(films(11).unknownFilm("x")).endsWith("Film 08, Film 09 and 1 more").doesNotContain("Film 10");
    }

    private static Catalog films(int count) {
        return new Catalog(1, IntStream.range(0, count).mapToObj(i -> review("Film %02d".formatted(i), "R")).toList());
    }

    @Test
    void removal_byTitle_takesEveryReviewOfThatFilmOnly() {
        RemovalMatch match = RemovalMatch.find(catalog, " glass ORCHARD ");

        assertThat(match).isInstanceOfSatisfying(RemovalMatch.Found.class, found -> {
            assertThat(found.what()).isEqualTo("Glass Orchard");
            assertThat(found.ids()).containsExactly(orchardColin.id(), orchardMaya.id());
            assertThat(found.displayNames()).containsExactly("Glass Orchard (review by Colin Ashby)",
                    "Glass Orchard (review by Maya Lindqvist)");
        });
        assertThat(RemovalMatch.find(catalog, "deep quiet")).isInstanceOfSatisfying(RemovalMatch.Found.class,
                found -> assertThat(found.ids()).containsExactly(deepQuiet.id()));
    }

    @Test
    void removal_byReviewId_takesThatReviewAlone() {
        RemovalMatch match = RemovalMatch.find(catalog, " " + orchardMaya.id() + "\n");

        assertThat(match).isInstanceOfSatisfying(RemovalMatch.Found.class, found -> {
            assertThat(found.what()).isEqualTo(orchardMaya.id());
            assertThat(found.reviews()).containsExactly(orchardMaya);
        });
    }

    @Test
    void removal_neverGuesses_butNamesCloseTitles() {
        RemovalMatch match = RemovalMatch.find(catalog, "Glass Orchards");

        assertThat(match).isInstanceOfSatisfying(RemovalMatch.NotFound.class, missed -> {
            assertThat(missed.close()).containsExactly("Glass Orchard");
            assertThat(missed.problem()).isEqualTo(
                    "no film or review id is exactly 'Glass Orchards'; close titles: Glass Orchard");
            assertThat(missed.message()).isEqualTo(missed.problem() + "; nothing was removed");
        });
        assertThat(RemovalMatch.find(catalog, "Alien 3")).isInstanceOfSatisfying(RemovalMatch.NotFound.class,
                missed -> assertThat(missed.message())
                        .isEqualTo("no film or review id is exactly 'Alien 3'; nothing was removed"));
    }

    @Test
    void removal_ofNothingTyped_findsNothing() {
        for (String typed : new String[] {null, "   ", "the", "?!"}) {
            assertThat(RemovalMatch.find(catalog, typed)).as(String.valueOf(typed))
                    .isInstanceOfSatisfying(RemovalMatch.NotFound.class, missed -> assertThat(missed.close()).isEmpty());
        }
    }

    @Test
    void closeTitles_allowAnEditPerThreeLetters_atMostThree_closestFirst_atMostFive() {
        Catalog shortTitles = new Catalog(1, List.of(review("Ab", "R"), review("Abcdef", "R"), review("Abcxyz", "R"),
                review("Abcdxy", "R")));
        // "abcdef" is 6 letters: two edits allowed, so "Abcdxy" (2) is close and "Abcxyz" (3) is not.
        assertThat(close(shortTitles, "abcdeg")).containsExactly("Abcdef", "Abcdxy");
        // two letters still allow one edit
        assertThat(close(shortTitles, "ax")).containsExactly("Ab");
        // twelve letters or more: three edits, never four
        Catalog longTitles = new Catalog(1, List.of(review("Abcdefghijkl", "R"), review("Abcdefghixyz", "R"),
                review("Abcdefghwxyz", "R")));
        assertThat(close(longTitles, "abcdefghijkq")).containsExactly("Abcdefghijkl", "Abcdefghixyz");
        Catalog many = new Catalog(1, IntStream.range(0, 7).mapToObj(i -> review("Movie " + (char) ('a' + i), "R"))
                .toList());
        assertThat(close(many, "Mxvie zz")).isEmpty();
        assertThat(close(many, "Movie z")).containsExactly("Movie a", "Movie b", "Movie c", "Movie d", "Movie e");
        Catalog ties = new Catalog(1, List.of(review("Moxie b", "R"), review("Movie a", "R"), review("Movje", "R")));
        assertThat(close(ties, "Movie b")).containsExactly("Movie a", "Moxie b");
    }

    private static List<String> close(Catalog catalog, String typed) {
        RemovalMatch match = RemovalMatch.find(catalog, typed);
        assertThat(match).isInstanceOf(RemovalMatch.NotFound.class);
        return ((RemovalMatch.NotFound) match).close();
    }

    @Test
    void aFoundRemoval_alwaysHasAReview() {
        assertThatThrownBy(() -> new RemovalMatch.Found("x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 14: what a structure kept beside the catalog needs to follow it from one version to the next. */
    @Test
    void changesSinceAnEarlierVersion_areTheRemovedTheReplacedAndTheAdded() {
        Review colinRewritten = review("Glass Orchard", "Colin Ashby", "Music", "Verdict", "Ending");
        Review hollow = review("Hollow Creek", "Ira Vance");
        Catalog next = catalog.with(8, List.of(colinRewritten, hollow), List.of(ballerina.id()));

        Catalog.Changes changes = next.changesSince(catalog);

        assertThat(changes.removed()).containsExactlyInAnyOrder(ballerina, orchardColin);
        assertThat(changes.added()).containsExactlyInAnyOrder(colinRewritten, hollow);
        assertThat(catalog.changesSince(next).added()).containsExactlyInAnyOrder(ballerina, orchardColin);
        assertThat(next.changesSince(next).removed()).isEmpty();
        assertThat(next.changesSince(next).added()).isEmpty();
    }
}
