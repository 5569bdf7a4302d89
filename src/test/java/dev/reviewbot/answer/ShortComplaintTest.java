package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reviewer's plainest complaint is often their shortest sentence ("The third act is a mess."): a con however
 * short, once it says what is wrong with what. Only a sentence too short to say both ("So would row F.") is none.
 */
class ShortComplaintTest {

    private static final String BRASS = """
            ---
            title: Brass Tuesday
            reviewer: Ada Penrose
            ---

            Brass Tuesday follows a colliery band in Barnsley rehearsing for its last contest before the pit closes.

            Gwen Harte is wonderful as the conductor, and the long rehearsal in the chapel is beautifully shot.

            The third act is a mess. The contest, the strike meeting and the wedding all happen within ten minutes of each other.

            I would still send anyone who loves an underdog story to see it.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("short-complaint", () -> AnswerRig.botOver(Map.of("brass-tuesday.md", BRASS)));

    @Test
    void theShortestComplaint_isQuotedAsTheCon() {
        Answer answer = BOT.ask("what's bad about brass tuesday");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("The third act is a mess.").doesNotContain("wonderful");
    }
}
