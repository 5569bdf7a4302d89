package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which has the higher rating, X or Y?" weighs the ratings on one scale: four stars out of five is above 72%, though
 * 72 is the larger number, and the warmer prose (here the lower-rated film's) does not decide it.
 */
class RatingComparisonTest {

    private static final String LANTERN = """
            ---
            title: Tin Lantern
            reviewer: Oona Fairley
            rating: 4 stars
            ---

            Tin Lantern follows a lighthouse keeper's daughter through one long winter. It is patchy in the middle.

            ## Verdict

            Flawed, but worth a look.
            """;

    private static final String GULLS = """
            ---
            title: Gull Harbour
            reviewer: Piet Vandermolen
            ---

            Gull Harbour is a harbour comedy about two rival ferrymen.

            Our rating: 72%

            ## Verdict

            A glorious, wonderful, brilliant delight from start to finish.
            """;

    private static final String NETS = """
            ---
            title: Drift Nets
            reviewer: Ama Quartey
            ---

            Drift Nets is a drama about a fishing family. A fine, moving film.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("rating-comparison", () -> AnswerRig.botOver(Map.of(
            "tin-lantern.md", LANTERN, "gull-harbour.md", GULLS, "drift-nets.md", NETS)));

    @Test
    void theHigherRatingOnACommonScale_comesFirst_andIsNamed() {
        Answer answer = BOT.ask("which has the higher rating, gull harbour or tin lantern");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Tin Lantern", "Gull Harbour");
        assertThat(answer.citations().get(1).quote()).contains("72%");
        assertThat(answer.text()).contains("So Tin Lantern is rated higher.");
    }

    /** A score a film got, or scored higher, is its mark; the better score a film has is its music. */
    @Test
    void theBetterScoreAFilmGot_isItsRating_notItsMusic() {
        for (String question : java.util.List.of("which got the better score, gull harbour or tin lantern",
                "which scored higher, gull harbour or tin lantern", "gull harbour or tin lantern, which had the higher score")) {
            assertThat(BOT.ask(question).text()).as(question).contains("So Tin Lantern is rated higher.");
        }
        assertThat(BOT.ask("which has the better score, gull harbour or tin lantern").text()).doesNotContain("rated higher");
    }

    @Test
    void askedForTheLower_theLowerComesFirst() {
        Answer answer = BOT.ask("which one has the lower rating, tin lantern or gull harbour?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Gull Harbour", "Tin Lantern");
        assertThat(answer.text()).contains("So Gull Harbour is rated lower.");
    }

    @Test
    void aNamedFilmWithoutARating_isSaidToGiveNone() {
        Answer answer = BOT.ask("which has the best rating: tin lantern, gull harbour or drift nets");

        assertThat(answer.text()).contains("The stored reviews of Drift Nets don't give a rating.");
        assertThat(answer.citations()).extracting(Citation::review).doesNotContain("Drift Nets");
    }
}
