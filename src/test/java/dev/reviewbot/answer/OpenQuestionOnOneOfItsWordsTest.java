package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An open question whose common word is in the review and whose rarer word is not ("is the battle scene
 * exciting?" of a review calling its battle "harrowing rather than thrilling") is answered from the sentence on
 * the battle, which is what the reviewer says about it, rather than declined. A question wanting a person needs
 * more of its words: any sentence naming someone would do for it, so "who designed the costumes?" is not
 * answered by the production designer.
 */
class OpenQuestionOnOneOfItsWordsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("open-question-on-one-of-its-words", OpenQuestionOnOneOfItsWordsTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "ash-hollow.txt", """
                        Ash Hollow
                        Reviewed by Nora Vale

                        The winter is long in the valley, and the monks sing in the dark.

                        The monastery's accounts, its quarrels over bread and firewood, and the abbot's slow illness fill most of the second hour, shot in candlelight and told without hurry. The one big battle, a night assault lit almost entirely by burning barns, is harrowing rather than thrilling. Afterwards the brothers bury their dead in frozen ground, and the abbot writes the names in his ledger one by one.

                        The cast is strong throughout, and the choir is the real star. The production design, by Wren Castell, is all candle smoke and bare stone.
                        """,
                "red-tide.txt", """
                        Red Tide
                        Reviewed by Omar Keel

                        The battle at sea is staged with real ships, designed from old plans, and the battle on the beach with hundreds of extras.

                        It is an exciting, noisy, old-fashioned adventure, and the score never stops. The costumes, by Lia Fenn, are a riot of colour.
                        """,
                "glass-fields.txt", """
                        Glass Fields
                        Reviewed by Iris Pell

                        A battle of wills between two sisters over a farm, told with patience and warmth.

                        The final scene in the greenhouse, designed like a cathedral of glass, is lovely.
                        """));
    }

    @Test
    void theSentenceOnTheThingAsked_answersHowItIsJudged() {
        Answer answer = BOT.ask("is the battle scene in ash hollow exciting");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Ash Hollow");
        assertThat(answer.citations().get(0).quote()).startsWith("The one big battle");
    }

    @Test
    void aQuestionWantingAPerson_onOnlyItsCommonWord_isDeclined() {
        Answer answer = BOT.ask("who designed the costumes for ash hollow");

        assertThat(answer.grounded()).isFalse();
    }
}
