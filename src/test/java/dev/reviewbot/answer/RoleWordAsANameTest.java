package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who directed it?": a character called "Director" in the acting section names no director; the opening of the
 * section on the direction, which names the one who directed, answers.
 */
class RoleWordAsANameTest {

    private static final String GLASSWORKS = """
            ---
            title: The Glassworks
            reviewer: Ines Calder
            ---
            ## Direction

            Oona Barrett builds a world that is cool on the surface and furious underneath. The pacing never slackens.

            ## Acting

            Supporting players bring texture: Hal Drever's "Director" is imposing and mysterious, and Ruth Amsel's "Foreman" delivers menace in two short scenes.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("role-word-as-a-name",
            () -> AnswerRig.botOver(Map.of("glassworks.md", GLASSWORKS)));

    @Test
    void aQuotedCharacterNamedForTheRole_doesNotAnswerWhoHeldIt() {
        Answer answer = BOT.ask("who directed the glassworks");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("Oona Barrett");
    }
}
