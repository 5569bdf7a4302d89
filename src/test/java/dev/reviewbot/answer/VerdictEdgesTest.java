package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verdict that opens with a bare answer ("See it.", "Go now.") keeps its reason beside it only when the verdict
 * runs to four sentences or more, and only for an opening of two words at most; the verdict is found by its
 * heading even where another section follows it.
 */
class VerdictEdgesTest {

    @RegisterExtension
    static final AnswerRig QUARRY = AnswerRig.over("quarry", QuarryReviews::bot);

    @Test
    void aSummary_keepsATwoWordOpeningWithItsReason_inAVerdictOfFourSentences_notInOneOfThree() {
        Answer answer = QUARRY.ask("summarize quarry bells");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "See it. The slate quarry has never looked so eerie on screen. [...] Take a torch.",
                "Go now. [...] Bring a coat.");
        assertThat(answer.citations()).extracting(Citation::label).containsExactly(
                "Quarry Bells, Final Thoughts (Huw Pryce)", "Quarry Bells, Verdict (Nell Ashdown)");
    }

    @Test
    void askedWhetherItIsWorthIt_aVerdictOfFourSentencesWithABareOpening_isQuotedWhole() {
        assertThat(QUARRY.ask("is quarry bells worth seeing?").citations()).extracting(Citation::quote).containsExactly(
                "See it. The slate quarry has never looked so eerie on screen. The middle drags a little. Take a torch.",
                "Go now. The ending is earned. Bring a coat.");
    }
}
