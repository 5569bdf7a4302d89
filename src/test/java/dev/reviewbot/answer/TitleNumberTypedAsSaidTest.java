package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A title's number typed the other way ("locker twelve" for Locker 12, "7 down" for Seven Down) names the
 * stored film, not a film the library lacks.
 */
class TitleNumberTypedAsSaidTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-number-typed-as-said", () -> AnswerRig.botOver(Map.of(
            "locker-12.md", """
                    ---
                    title: Locker 12
                    reviewer: Ada Gray
                    ---
                    ## Verdict

                    At 97 minutes this station-locker thriller never outstays its welcome.
                    """,
            "seven-down.md", """
                    ---
                    title: Seven Down
                    reviewer: Tom Reyes
                    ---
                    ## Story

                    The ending, in the flooded bell tower, is the best scene of the year.
                    """)));

    @Test
    void aNumberTypedInWords_namesTheTitleWrittenInDigits() {
        Answer answer = BOT.ask("locker twelve runtime");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Locker 12");
    }

    @Test
    void aNumberTypedInDigits_namesTheTitleWrittenInWords() {
        Answer answer = BOT.ask("7 down ending");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Seven Down");
    }
}
