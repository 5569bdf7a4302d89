package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Poonam Elston is the heart of the film. Her Eileen is sharp...": a part cast as the pronoun's performance, in a
 * family tree whose every person has a section headed "Notes". Asked who plays her, the sentence answers with the one
 * before it, from its own section, and keeps it over a long one after.
 */
class PartPlayedByAPronounTest {

    private static final String TREE = """
            # Barley Sugar

            Barley Sugar is a British family drama of 2026 about three generations of a family who boil seaside rock in
            Whitby.

            ## Jim Fazakerley (1924-2001)

            **Spouse:** Eileen.

            **Notes:** Kenta Greenwood is charming as the young Jim, cocky and soft-hearted, and the boiling room scenes are the best thing in the film.

            ## Eileen Fazakerley (1927-2019)

            **Spouse:** Jim.

            **Notes:** Poonam Elston is the heart of the film. Her Eileen is sharp with the customers and fierce with the bank. The make-up in the later decades lets her down badly, with a grey wig, a few pencilled lines and a stoop that comes and goes from scene to scene, so that in the last half hour, when Eileen should be at her most frail and her most formidable, she looks instead like a young woman in a school play about her own grandmother.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("part-played-by-a-pronoun", () -> AnswerRig.botOver(Map.of("barley-sugar.md", TREE)));

    @Test
    void aPartCastByAPronoun_isAnsweredWithTheSentenceNamingItsActor() {
        Answer answer = BOT.ask("who plays eileen in barley sugar");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote())
                .startsWith("Poonam Elston is the heart of the film. Her Eileen is sharp with the customers");
    }
}
