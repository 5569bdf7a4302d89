package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who was the cinematographer?" wants a person: the film's own title, two capitalised words beside a word on the
 * look ("Marrow Kettle ... looks wonderful"), is none, so a review that credits nobody with the camera declines.
 */
class TitleIsNoPersonTest {

    private static final String REVIEW = """
            Marrow Kettle is the funniest family film of the year, and it looks wonderful: every set is handmade and the thumbprints are left in the clay.
            The story runs out of puff around the hour mark, and the villainy of the vicar is a bit obvious.
            Our rating: 4/5.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-is-no-person", () -> AnswerRig.botOver(Map.of("marrow-kettle.txt", REVIEW)));

    @Test
    void aReviewCreditingNoOneWithTheCamera_declinesWhoShotIt() {
        Answer answer = BOT.ask("who was the cinematographer on marrow kettle");

        assertThat(answer.grounded()).as(answer.text()).isFalse();
    }
}
