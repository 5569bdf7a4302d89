package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 8, point 6: a passage that merely resembles the question is no evidence. */
class EvidenceTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("small", SmallReviews::bot);

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void somethingNoReviewMentions_isDeclined() {
        assertThat(ask("What is the dog called in Lantern Bay?").grounded()).isFalse();
        assertThat(ask("Is Tom Hanks good in Marrow Lane?").grounded()).isFalse();
        assertThat(ask("Who edited Lantern Bay?").grounded()).isFalse();
    }

    @Test
    void whatIsMentioned_isAnsweredByTheSentenceHoldingIt() {
        Answer answer = ask("is there a subplot about a bicycle in marrow lane?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("stolen bicycle");
    }

    @Test
    void theVerdictNamedInItsOwnWords_isAnsweredFromTheVerdict_notAsProsAndCons() {
        Answer answer = ask("final verdict on lantern bay");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).section()).isEqualTo("The Bottom Line");
    }
}
