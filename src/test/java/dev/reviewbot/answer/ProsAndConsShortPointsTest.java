package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A point made in a few words ("The storm scenes are utterly spectacular.") is a pro like a longer one; fewer words
 * than five ("Now the rest.") say too little to stand as one.
 */
class ProsAndConsShortPointsTest {

    private static final String SALTASH = """
            Saltash Quay is a drama about a ferry pilot in Cornwall who loses her licence after a collision in fog.
            It runs two hours, and the middle hour wanders from one argument in a kitchen to the next without much purpose.
            The storm scenes are utterly spectacular.
            Now the rest.
            The script gives her brother nothing to do but glower at the harbour and complain about money.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("pros-and-cons-short-points", () -> AnswerRig.botOver(Map.of(
            "saltash-quay.txt", SALTASH)));

    @Test
    void aShortPoint_isAPro() {
        Answer answer = BOT.ask("what's good about saltash quay");

        assertThat(answer.citations()).extracting(Citation::quote).contains("The storm scenes are utterly spectacular.")
                .doesNotContain("Now the rest.");
    }
}
