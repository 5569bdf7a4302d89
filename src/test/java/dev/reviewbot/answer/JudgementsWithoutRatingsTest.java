package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each reviewer's judgement of a film as a whole, where some reviews give no rating and are placed by what their
 * opening and closing say; the strongest praise quoted first; and reviewers quoted on a point
 * named in the question's own words ("the hotel"), whatever section holds it.
 */
class JudgementsWithoutRatingsTest {

    private static final String QUILL = """
            ---
            title: Quill Point
            reviewer: Pim Rook
            ---

            Quill Point is a drama about a lighthouse family on a remote island.

            ## Verdict

            Utterly wonderful, a total joy. The photography is gorgeous, luminous and truly breathtaking. The family's quarrels fill the middle hour.
            """;
    private static final String GULL_A = """
            ---
            title: Gull Rock
            reviewer: Tess Varo
            rating: 2/5
            ---

            Gull Rock is a seaside comedy about a failing hotel.

            ## The Jokes

            The jokes land rarely and the pacing sags in the middle.

            ## Verdict

            A weak, forgettable comedy with a few good moments.
            """;
    private static final String GULL_B = """
            ---
            title: Gull Rock
            reviewer: Noor Haddad
            ---

            Gull Rock is the funniest film of the summer, a warm and joyous delight.

            ## The Hotel

            The hotel owner's schemes grow wilder with every scene, and the guests keep arriving.

            ## Verdict

            A brilliant, generous comedy that I adored; go and see it.
            """;
    private static final String GULL_C = """
            ---
            title: Gull Rock
            reviewer: Rafe Lind
            ---

            Gull Rock is a shrill, witless and exhausting ordeal.

            ## The Hotel

            The hotel owner shouts at the guests and the guests shout back.

            ## Verdict

            An awful, charmless mess; avoid it.
            """;
    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("judgements-without-ratings", () -> AnswerRig.botOver(Map.of(
            "quill.md", QUILL, "gull-a.md", GULL_A, "gull-b.md", GULL_B, "gull-c.md", GULL_C)));

    @Test
    void loveItOrHateIt_placesUnratedReviewsByTheirOwnWords_beforeAndAfterTheRatedOne() {
        Answer answer = BOT.ask("gull rock: love it or hate it?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Noor Haddad", "Tess Varo", "Tess Varo", "Rafe Lind");
        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "Gull Rock is the funniest film of the summer, a warm and joyous delight.", "rating: 2/5",
                "A weak, forgettable comedy with a few good moments.", "An awful, charmless mess; avoid it.");
    }

    /** "Is there a ..." asks whether a thing is in the film, but "is there a reviewer who ..." asks which of them. */
    @Test
    void isThereAReviewerWhoDidNotLikeIt_putsTheHarshestFirst() {
        Answer answer = BOT.ask("is there a reviewer who didn't like gull rock");

        assertThat(answer.citations()).extracting(Citation::reviewer).startsWith("Rafe Lind").contains("Noor Haddad");
        assertThat(answer.citations().get(0).quote()).containsAnyOf("shrill, witless", "awful, charmless");
    }

    @Test
    void whichReviewerWasHarsher_putsTheHarshestUnratedReviewFirst() {
        Answer answer = BOT.ask("which gull rock reviewer was harsher");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Rafe Lind", "Tess Varo", "Tess Varo", "Noor Haddad");
        assertThat(answer.citations()).extracting(Citation::section).doesNotContain("The Hotel", "The Jokes");
    }

    @Test
    void doTheReviewersAgreeAboutTheHotel_quotesEachWhereTheirReviewSpeaksOfIt() {
        Answer answer = BOT.ask("do the reviewers agree about the hotel in gull rock?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Rafe Lind", "Noor Haddad", "Tess Varo");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.quote()).contains("hotel"));
    }

    @Test
    void strengths_quoteTheStrongestPraiseFirst_notThePlainDescription() {
        Answer answer = BOT.ask("what are the strengths of quill point?");

        assertThat(answer.citations()).extracting(Citation::quote)
                .startsWith("The photography is gorgeous, luminous and truly breathtaking.")
                .doesNotContain("The family's quarrels fill the middle hour.");
    }

    @Test
    void weaknessesOfAFilmReviewedOnlyWithPraise_areNotInvented() {
        Answer answer = BOT.ask("what are the weaknesses of quill point?");

        assertThat(answer.citations()).isEmpty();
    }
}
