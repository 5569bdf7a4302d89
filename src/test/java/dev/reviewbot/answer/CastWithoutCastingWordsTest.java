package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who's in it?" of a review without headings: a sentence casting an actor ("X is wonderful as Bunty") answers it by
 * its grammar, though it uses none of the acting vocabulary's words.
 */
class CastWithoutCastingWordsTest {

    private static final String LETTER = """
            ---
            title: Cobble Night
            reviewer: Ada Quist
            ---
            Dear director, I saw your film on a wet Tuesday in a half-empty cinema in Roker, and I have not stopped thinking about it since.

            You wrote it with your brother, and it shows: the jokes sound like a family arguing in a kitchen. Orla Penhallow is wonderful as Bunty, the caller who has run the bingo for thirty years and will not let a developer close the hall. The hall itself, all peeling gold paint and sticky carpet, is a character too.

            The middle drags a little, and the developer is a cartoon. But the last ten minutes had the whole row in tears, and I would go again tomorrow.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cast-without-casting-words", () -> AnswerRig.botOver(Map.of("cobble-night.md", LETTER)));

    @Test
    void whosInIt_quotesTheSentenceCastingAnActor() {
        Answer answer = BOT.ask("whos in cobble night");

        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Orla Penhallow is wonderful as Bunty");
    }
}
