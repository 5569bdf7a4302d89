package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names the reviews use, found by their capitals, so a question typed in lower case is about a person. */
class PeopleNamesTest {

    private static final String REVIEW = """
            # The Lantern Keeper

            The Lantern Keeper stars Ana de Armas as a keeper, and Tom Lee plays her brother. Jo Park and Sam Park
            play the twins. When Hollis Crane directs, the robot Sprocket steals every scene. Sprocket is a delight.
            Libuše Holubová plays the mayor, and Søren Østergård the ferryman.
            """;

    private static PeopleNames names() throws Exception {
        Review review = new ReviewParser(64 * 1024).parse("keeper.md", REVIEW.getBytes(StandardCharsets.UTF_8), null);
        return PeopleNames.of(List.of(review), Set.of("the lantern keeper"));
    }

    @Test
    void fullNamesInAnyCase_andOnlyTheLongestWhenOneHoldsAnother() throws Exception {
        PeopleNames names = names();

        assertThat(names.in("is ana de armas any good", Set.of())).containsExactly("Ana de Armas");
        assertThat(names.in("tom lee and hollis crane", Set.of())).containsExactly("Tom Lee", "Hollis Crane");
        // A name opening a sentence loses the small word before it.
        assertThat(names.in("what does crane do", Set.of())).containsExactly("Hollis Crane");
    }

    @Test
    void aNameTypedWithoutItsAccents_isFound_asTheReviewsWriteIt() throws Exception {
        PeopleNames names = names();

        assertThat(names.in("is libuse holubova good", Set.of())).containsExactly("Libuše Holubová");
        assertThat(names.in("who does ostergard play", Set.of())).containsExactly("Søren Østergård");
        assertThat(names.in("is Libuše Holubová good", Set.of())).containsExactly("Libuše Holubová");
    }

    @Test
    void aSurnameAlone_findsTheOneNameWithIt_ofFourLettersOrMore_unlessIgnored() throws Exception {
        PeopleNames names = names();

        assertThat(names.in("is armas good", Set.of())).containsExactly("Ana de Armas");
        assertThat(names.in("is armas good", Set.of("armas"))).isEmpty();
        assertThat(names.in("is lee good", Set.of())).isEmpty();      // three letters
        assertThat(names.in("is park good", Set.of())).isEmpty();     // two names have it
        assertThat(names.in("jo park", Set.of())).containsExactly("Jo Park");
        assertThat(names.in("ana de armas and armas", Set.of())).containsExactly("Ana de Armas");
    }

    @Test
    void aTitlesWordsAreNoName_andAWordCapitalisedMidSentenceIsProper() throws Exception {
        PeopleNames names = names();

        assertThat(names.in("lantern keeper", Set.of())).isEmpty();
        assertThat(names.isProper("Sprocket")).isTrue();
        assertThat(names.isProper("When")).isFalse();
        assertThat(PeopleNames.NONE.in("ana de armas", Set.of())).isEmpty();
    }

    /** Issue 8, point 3: a common word is no surname in lower case. */
    @Test
    void aSurnameTheReviewsAlsoUseAsACommonWord_isANameOnlyWhenCapitalised() throws Exception {
        String text = "The jaunty score is by Tomas Brisk, and it is brisk and bright. Wren Halloway plays the lead with a bright, brisk energy.";
        PeopleNames names = PeopleNames.of(List.of(new ReviewParser(64 * 1024).parse("x.txt", text.getBytes(StandardCharsets.UTF_8), null)),
                Set.of());

        assertThat(names.in("is the pace brisk", Set.of())).isEmpty();
        assertThat(names.in("is Brisk's score good", Set.of())).containsExactly("Tomas Brisk");
        assertThat(names.in("is halloway any good", Set.of())).containsExactly("Wren Halloway");
        assertThat(names.in("what about tomas brisk", Set.of())).containsExactly("Tomas Brisk");
    }

    /** A place after a possessive is no part of the name: "Marseille" alone asks about the city, not the director. */
    @Test
    void aPossessiveEndsTheName() throws Exception {
        String text = "Lucan Ferro's Marseille thriller is fun, and the chase through the port is the best thing in it.";
        PeopleNames names = PeopleNames.of(List.of(new ReviewParser(64 * 1024).parse("x.txt", text.getBytes(StandardCharsets.UTF_8), null)),
                Set.of());

        assertThat(names.in("which film has a chase in marseille", Set.of())).isEmpty();
        assertThat(names.in("is lucan ferro any good", Set.of())).containsExactly("Lucan Ferro");
    }

    /** Issue 14: the names follow the library version by version, through the reviews that changed alone. */
    @Test
    void followingAnIngestAndARemoval_knowsWhatAFreshReadingWould() throws Exception {
        Review keeper = parse("keeper.md", REVIEW);
        Review harbour = parse("harbour.txt", "Glass Harbour is directed by Mina Park, and Oskar Lindqvist plays the keeper.");
        PeopleNames one = PeopleNames.NONE.with(List.of(), List.of(keeper));

        PeopleNames both = one.with(List.of(), List.of(harbour));
        assertThat(both.in("is lindqvist good", Set.of())).containsExactly("Oskar Lindqvist");
        assertThat(both.in("mina park", Set.of())).containsExactly("Mina Park");
        assertThat(one.in("is lindqvist good", Set.of())).as("the earlier version is unchanged").isEmpty();

        PeopleNames keeperRemoved = both.with(List.of(keeper), List.of());
        assertThat(keeperRemoved.in("is armas good", Set.of())).isEmpty();
        assertThat(keeperRemoved.isProper("Sprocket")).isFalse();
        // Jo and Sam Park left with the keeper's review: Mina Park is now the only Park.
        assertThat(keeperRemoved.in("is park good", Set.of())).containsExactly("Mina Park");
        assertThat(both.in("is park good", Set.of())).isEmpty();
    }

    @Test
    void aReviewsOwnTitleIsNoName_andItsRemovalFreesTheWords() throws Exception {
        Review crane = parse("crane.md", "# Hollis Crane\n\nHollis Crane is a film about a bridge. Its lead, Tova Marsh, is fine.");
        Review other = parse("other.md", "# The Bridge\n\nIn The Bridge, Hollis Crane plays an engineer opposite Tova Marsh.");
        PeopleNames names = PeopleNames.NONE.with(List.of(), List.of(crane, other));

        assertThat(names.in("is hollis crane good", Set.of())).isEmpty();
        assertThat(names.in("is tova marsh good", Set.of())).containsExactly("Tova Marsh");
        assertThat(names.with(List.of(crane), List.of()).in("is hollis crane good", Set.of())).containsExactly("Hollis Crane");
    }

    private static Review parse(String file, String text) throws Exception {
        return new ReviewParser(64 * 1024).parse(file, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void aNameEndsAtItsLine_soATableRowBelowIsNoSurname() throws Exception {
        String table = """
                # The Flooded Parish

                | Cast | Oona Reyes, Augustin Greaves |
                | Runtime | 121 minutes |

                Augustin Greaves plays the priest.
                """;
        Review review = new ReviewParser(64 * 1024).parse("parish.md", table.getBytes(StandardCharsets.UTF_8), null);
        PeopleNames names = PeopleNames.of(List.of(review), Set.of("the flooded parish"));

        assertThat(names.in("parish runtime", Set.of())).isEmpty();
        assertThat(names.in("is augustin greaves good", Set.of())).containsExactly("Augustin Greaves");
    }
}
