package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A title word one letter from a word the reviews use is a typo of it only when it is no word of its own: "the
 * descent" names a film not stored (the reviews say "decent"), while "the endng" still asks about the ending.
 */
class RealWordNotATypoTest {

    private static final String HOLLOW_TIDE = """
            ---
            title: Hollow Tide
            reviewer: Marta Kroll
            ---

            ## Is it scary?

            Terrifying: the slow, cold kind of fear that follows you home, in a decent little horror film.

            ## The ending

            The ending leaves the causeway flooded and the question open.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("real-word-not-a-typo", () -> AnswerRig.botOver(Map.of(
            "hollow-tide.md", HOLLOW_TIDE)));

    @Test
    void aRealWordOneLetterFromAReviewsWord_namesAFilmNotStored() {
        Answer answer = BOT.ask("the descent, how scary is it");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).startsWith("I have no review of descent.");
    }

    @Test
    void aTypoOfAReviewsWord_isStillThatWord() {
        Answer answer = BOT.ask("hollow tide endng");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("causeway flooded");
    }
}
