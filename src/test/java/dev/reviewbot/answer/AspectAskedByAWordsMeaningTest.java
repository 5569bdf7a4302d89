package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8: an aspect asked by a word the vocabulary lacks ("how does it finish", "could it be shorter"), read by
 * the word's meaning; the review's answer may itself be in other words ("the rooftop finale"), and where no
 * review speaks of the aspect the bot declines.
 */
class AspectAskedByAWordsMeaningTest {

    private static final String LANTERN = """
            ---
            title: The Copper Lantern
            reviewer: Wren Halloway
            ---

            A lighthouse keeper's daughter inherits the light, and the debts that come with it.

            ## The Story

            Agnes Pell returns to the island after her father's death and finds the lamp unpaid for and the bank circling. Her brother wants to sell; she wants to keep the light burning for one more winter.

            ## The Look

            The camera work is plain for most of the running time, all grey rock and greyer sea. The exception is the rooftop finale, lit by a single flare in the rain, which is gorgeous.

            ## What Doesn't Work

            The film lingers too long on a custody hearing in its middle stretch, and a subplot about a missing trawler goes nowhere. Editor Bram Oduya could have lost ten minutes without anyone noticing.

            ## Verdict

            A handsome, patient drama with a fine lead. Three stars out of five.
            """;

    private static final String BELLWETHER = """
            ---
            title: Bellwether Hill
            reviewer: Osric Dunne
            ---

            A sheep farmer's widow fights a quarry company for her hill.

            ## Performances

            Maud Ferrier is superb as the widow, dry and stubborn, and the supporting cast of neighbours is warm.

            ## Verdict

            Worth seeing for Ferrier alone. Four stars out of five.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("words-meaning",
            () -> AnswerRig.botOver(Map.of("lantern.md", LANTERN, "bellwether.md", BELLWETHER)));

    @Test
    void howItFinishes_isAnsweredByTheSentenceOnTheFinale_inWhateverSection() {
        Answer answer = BOT.ask("how does the copper lantern finish");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("rooftop finale");
    }

    @Test
    void couldItBeShorter_isAnsweredOnItsPacing() {
        Answer answer = BOT.ask("is the copper lantern cut well or could it be shorter");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).section()).isEqualTo("What Doesn't Work");
        assertThat(answer.citations().get(0).quote()).contains("could have lost ten minutes");
    }

    @Test
    void couldItBeShorter_isDeclined_whereNoReviewSpeaksOfItsPacing() {
        Answer answer = BOT.ask("is bellwether hill cut well or could it be shorter");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).contains("don't say anything about its pacing");
    }

    @Test
    void aWordNearSeveralAspects_asksAboutNone() {
        // "studio" is as near "editor" as a word near no aspect is: the review's editor is no answer.
        Answer answer = BOT.ask("which studio distributed the copper lantern");

        assertThat(answer.grounded()).isFalse();
    }
}
