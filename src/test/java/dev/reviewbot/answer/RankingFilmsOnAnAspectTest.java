package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which film has the best music?", "the best car chase?", "which films did reviewers dislike?", "is X better than
 * Y?": films ranked by what their reviews say on what is asked (each review counting once), the evidence quoted
 * from the review that leans the asked way, and a film that lost on the verdict told by its rating.
 */
class RankingFilmsOnAnAspectTest {

    static final String MARROW_IDA = """
            ---
            title: Marrow Creek
            reviewer: Ida Voss
            rating: 4/5
            ---

            Marrow Creek is a crime thriller about two sisters who rob the bank their father built.

            ## Music

            The score is superb, driving and inventive, with a pounding percussion line that makes every heist thrilling.

            ## Action

            The car chase through the flooded market is the most exhilarating sequence of the year, brilliantly staged and shot. The shootout at the dam is competent.

            ## Verdict

            A terrific, confident thriller that I loved from start to finish.
            """;

    static final String MARROW_JUDE = """
            ---
            title: Marrow Creek
            reviewer: Jude Moss
            rating: 3/5
            ---

            Marrow Creek is a handsome but uneven heist film.

            ## Music

            The score is pleasant enough, though it repeats the same motif until it wears thin and becomes tiresome.

            ## Verdict

            Enjoyable in places, but it runs out of ideas long before the end.
            """;

    static final String PALE = """
            ---
            title: Pale Orchard
            reviewer: Lena Ash
            rating: 2/5
            ---

            Pale Orchard is a rural thriller about a farmer who hides a fugitive in his barn.

            ## Music

            The score is a dull, tuneless drone that smothers every scene and grows irritating within minutes.

            ## Action

            The car chase down the orchard road is clumsy, confusing and badly cut, a limp and tedious mess.

            ## Verdict

            A dreary, plodding film that squanders a fine premise.
            """;

    static final String VESPER = """
            ---
            title: Vesper Lane
            reviewer: Otto Crane
            ---

            Vesper Lane is a ghost story about a night nurse in an empty hospital.

            ## Music

            The score is lovely, eerie and delicate, a haunting piano theme that lingers long after the credits.

            ## Verdict

            A wonderful, beautifully made chiller and a genuine delight.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ranking-films-aspect", RankingFilmsOnAnAspectTest::bot);

    /** Two reviews of Marrow Creek and one each of Pale Orchard and Vesper Lane; shared by the opinion tests. */
    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "marrow-ida.md", MARROW_IDA, "marrow-jude.md", MARROW_JUDE, "pale-orchard.md", PALE, "vesper-lane.md", VESPER));
    }

    @Test
    void whichFilmHasTheBestMusic_ranksTheFilmsByWhatTheirReviewsSayOfIt_theTopTwoQuoted() {
        Answer answer = BOT.ask("which film has the best music?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Vesper Lane", "Marrow Creek");
        assertThat(answer.citations().get(0).quote()).contains("lovely, eerie");
        // Of Marrow Creek's two reviews, the one that loved the score.
        assertThat(answer.citations().get(1).reviewer()).isEqualTo("Ida Voss");
        assertThat(answer.citations().get(1).quote()).contains("superb");
    }

    @Test
    void whichFilmHasTheWorstMusic_putsTheFilmWhoseScoreIsPannedFirst() {
        Answer answer = BOT.ask("which film has the worst music?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Pale Orchard", "Marrow Creek");
        assertThat(answer.citations().get(0).quote()).contains("tuneless drone");
        assertThat(answer.citations().get(1).reviewer()).isEqualTo("Jude Moss");
        assertThat(answer.citations().get(1).quote()).contains("tiresome");
    }

    @Test
    void theBestCarChase_isJudgedBySentencesOnTheCarChase_notTheWholeAction() {
        Answer best = BOT.ask("which film has the best car chase?");
        Answer worst = BOT.ask("which film has the worst car chase?");

        assertThat(best.citations()).singleElement().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Marrow Creek");
            assertThat(c.quote()).startsWith("The car chase through the flooded market");
        });
        assertThat(worst.citations()).singleElement().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Pale Orchard");
            assertThat(c.quote()).startsWith("The car chase down the orchard road");
        });
    }

    /** Put as reviewers disagreeing ("which got the better review"), but of two films: which film, not which reviewer. */
    @Test
    void whichOfTwoFilmsGotTheBetterReview_comparesTheFilms_theBetterReviewedFirst() {
        Answer answer = BOT.ask("which got the better review, pale orchard or vesper lane");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).review()).isEqualTo("Vesper Lane");
        assertThat(answer.citations().get(0).quote()).contains("wonderful");
    }

    @Test
    void whichFilmsWereDisliked_goesByRatings_theLowestFirst_withTheHarshestRatingOfEach() {
        Answer answer = BOT.ask("which films did reviewers dislike?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Pale Orchard", "Pale Orchard", "Marrow Creek");
        assertThat(answer.citations()).extracting(Citation::quote).contains("rating: 2/5", "rating: 3/5").doesNotContain("rating: 4/5");
    }

    @Test
    void whichFilmsWereLiked_putsTheUnratedFilmWithARaveVerdictFirst_andQuotesTheHighestRating() {
        Answer answer = BOT.ask("which films did reviewers like most?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Vesper Lane", "Marrow Creek", "Marrow Creek");
        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A wonderful, beautifully made chiller and a genuine delight.",
                "A terrific, confident thriller that I loved from start to finish.", "rating: 4/5");
    }

    @Test
    void isOneBetterThanTheOther_quotesTheWinnersVerdictAndRating_thenTheLosersRating() {
        Answer answer = BOT.ask("is pale orchard better than marrow creek?");
        Answer reversed = BOT.ask("is marrow creek better than pale orchard?");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A terrific, confident thriller that I loved from start to finish.", "rating: 4/5", "rating: 2/5");
        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Ida Voss", "Ida Voss", "Lena Ash");
        assertThat(reversed.citations()).isEqualTo(answer.citations());
    }

    @Test
    void whichIsWorse_putsTheLowerRatedFirst_evenAgainstAnUnratedFilm() {
        Answer answer = BOT.ask("which is worse, marrow creek or vesper lane?");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "rating: 3/5", "A wonderful, beautifully made chiller and a genuine delight.");
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Jude Moss");
    }

    @Test
    void compareTheMusic_quotesBothFilmsInTheOrderNamed_andSaysWhichIsSpokenOfMoreWarmly() {
        Answer answer = BOT.ask("compare the music in marrow creek and pale orchard");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Marrow Creek", "Marrow Creek", "Pale Orchard");
        assertThat(answer.text()).startsWith("Marrow Creek: ").contains(" Pale Orchard: \"The score is a dull")
                .contains("The reviews speak more warmly of Marrow Creek on this.");
    }

    @Test
    void whichHasWorseMusic_putsThePannedScoreFirst_andSaysTheReviewsSpeakLessWarmlyOfIt() {
        Answer answer = BOT.ask("marrow creek or pale orchard, which has worse music?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Pale Orchard", "Marrow Creek", "Marrow Creek");
        assertThat(answer.text()).startsWith("Pale Orchard: \"The score is a dull")
                .contains("The reviews speak less warmly of Pale Orchard on this.");
    }

    @Test
    void compareOnSomethingOneFilmNeverMentions_quotesTheOther_andSaysTheFirstDoesNotSay() {
        Answer answer = BOT.ask("compare the car chase in marrow creek and vesper lane");

        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.review()).isEqualTo("Marrow Creek"));
        assertThat(answer.text()).endsWith(" The stored reviews of Vesper Lane don't say.").doesNotContain("warmly");
    }
}
