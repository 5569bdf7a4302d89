package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Are there mermaids in it?" is answered where the review brings the mermaids in ("Real mermaids, asking for
 * weather reports"), not where they come back at the end ("The mermaids just say thank you"). */
class ThingWhereItIsBroughtInTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("thing-where-it-is-brought-in", () -> AnswerRig.botOver(Map.of(
            "the-gull-radio.md", """
                    ---
                    title: The Gull Radio
                    reviewer: Nia Brook and Sam Ortiz
                    ---
                    NIA: So it's Cornwall, 1971. A lighthouse keeper's radio starts picking up voices from under the
                    sea one stormy night. Real mermaids, asking for weather reports. Pia Lowe plays Edie, the keeper's
                    niece who works it out.

                    SAM: The jokes are one joke. The mermaids ask for the forecast, the forecast is wrong, everyone
                    panics. Again and again.

                    NIA: The ending is the point! Nobody finds out why. The mermaids just say thank you for the
                    forecast and swim off. I cried.
                    """)));

    @Test
    void whetherThereIsAThing_isAnsweredWhereTheReviewBringsItIn() {
        Answer answer = BOT.ask("are there mermaids in the gull radio");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("Real mermaids, asking for weather reports").doesNotContain("swim off");
    }
}
