package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Named films compared on something other than the verdict ("compare the music in X and Y", "is X better than Y on
 * the music?"): each film's evidence in the order named unless the question asks which, the prose saying which the
 * reviews speak of more warmly only where the evidence differs, and a film whose reviews are silent named as such.
 */
class NamedFilmsSideBySideTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ranking-films-aspect", RankingFilmsOnAnAspectTest::bot);

    @Test
    void compareTheMusic_keepsTheOrderNamed_evenWhenTheFirstIsTheColder() {
        Answer answer = BOT.ask("compare the music in pale orchard and marrow creek");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Pale Orchard", "Marrow Creek", "Marrow Creek");
        assertThat(answer.text()).startsWith("Pale Orchard: \"The score is a dull")
                .endsWith(" The reviews speak more warmly of Marrow Creek on this.").doesNotContain("don't say");
    }

    @Test
    void isOneBetterThanTheOtherOnTheMusic_isAnsweredFromTheMusic_notTheRatings() {
        Answer answer = BOT.ask("is marrow creek better than pale orchard on the music?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Marrow Creek", "Marrow Creek", "Pale Orchard");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("Music"));
        assertThat(answer.text()).contains("more warmly of Marrow Creek");
    }

    @Test
    void comparingRatings_quotesEachFilmsRatings_andClaimsNoWarmthForEither() {
        Answer answer = BOT.ask("compare the ratings of marrow creek and pale orchard");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly("rating: 4/5", "rating: 3/5", "rating: 2/5");
        assertThat(answer.text()).startsWith("Marrow Creek: ").doesNotContain("warmly").doesNotContain("don't say");
    }

    @Test
    void marrowVsPale_onTheWhole_isRankedByRatingsAndVerdicts() {
        Answer answer = BOT.ask("marrow creek vs pale orchard");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A terrific, confident thriller that I loved from start to finish.", "rating: 4/5", "rating: 2/5");
    }

    @Test
    void whichIsMoreThrilling_quotesTheFilmWhoseReviewsSaySo_andNamesTheSilentOne() {
        Answer answer = BOT.ask("which is more thrilling, marrow creek or pale orchard?");

        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Marrow Creek");
            assertThat(c.quote()).contains("thrilling");
        });
        assertThat(answer.text()).endsWith(" The stored reviews of Pale Orchard don't say.");
    }
}
