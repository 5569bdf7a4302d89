package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Moonbase nine cast" asks who is in the film: the sentence casting someone ("Odile Brandt carries it as Mirela
 * Sava") answers, not one that merely uses a casting word about something else ("the screenplay plays fair").
 */
class CastAskedForTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cast-asked-for", () -> AnswerRig.botOver(Map.of(
            "moonbase.md", """
                    ---
                    title: Moonbase Nine
                    reviewer: Ada Gray
                    ---
                    ## The film

                    Moonbase Nine is an oxygen mine on the rim of a crater: nine miners and ten days until the next
                    shuttle. Teodor Lind directs with real patience, and Hanna Roe's screenplay plays fair with its
                    clues. Odile Brandt carries it as Mirela Sava, the safety officer who has to play detective. She
                    is dry, clever and frightened. Tobi Ankrah is excellent as Kessel, the driller everyone suspects.

                    ## The disc

                    The picture is sharp and the extras are thin.
                    """)));

    @Test
    void theCastAskedFor_isTheSentenceCastingSomeone() {
        Answer answer = BOT.ask("moonbase nine cast");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).startsWith("\"Odile Brandt carries it as Mirela Sava");
    }
}
