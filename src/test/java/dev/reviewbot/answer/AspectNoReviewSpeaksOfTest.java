package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Asked about an aspect its reviews never speak of (Neon Harvest's review has no word on its music), the bot
 * says so, naming the film and the aspect, however the question is put: a follow-up in a conversation, or a
 * question that reads as asking for praise. No sentence on something else stands in for the music.
 */
class AspectNoReviewSpeaksOfTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.bundled();

    private static final String SAYS_NOTHING = "The stored reviews of Neon Harvest don't say anything about its music.";

    @Test
    void followUpOnTheMusic_inAConversationAboutNeonHarvest_isDeclinedForNeonHarvest() {
        ConversationId conversation = new ConversationId("console", "aspect-never-mentioned");
        BOT.answers().ask(conversation, "how is the acting in neon harvest?", Optional.empty());

        Answer answer = BOT.answers().ask(conversation, "what about the music?", Optional.empty()).answer();

        assertThat(answer).isInstanceOf(Answer.Declined.class);
        assertThat(answer.text()).startsWith(SAYS_NOTHING);
    }

    @Test
    void whatIsGoodAboutTheMusic_quotesNoPraiseOfAnythingElse() {
        Answer answer = BOT.ask("what's good about the music in neon harvest?");

        assertThat(answer).isInstanceOf(Answer.Declined.class);
        assertThat(answer.text()).startsWith(SAYS_NOTHING);
    }

    @Test
    void aPraisedAspect_isStillAnsweredFromItsOwnSection() {
        Answer answer = BOT.ask("what's good about the visual effects in neon harvest?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).allSatisfy(c -> {
            assertThat(c.review()).isEqualTo("Neon Harvest");
            assertThat(c.section()).isEqualTo("Visual Effects");
        });
    }
}
