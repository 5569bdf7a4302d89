package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Asked about part of an aspect ("the ending"), a section headed with the part answers before a sentence that
 * only holds its word in another sense ("the scene never seems to end").
 */
class PartNamedByItsHeadingTest {

    private static final String ICE_RINK = """
            ## The Story
            A widow reopens her late husband's ice rink in Duluth and coaches the girls' team. The script drags its feet, and the big match never seems to end.

            ## The Ending
            Without giving it away, the frozen-lake finale is abrupt and unearned, a pretty picture standing in for a resolution.

            ## The Music
            The synth score is wall-to-wall and never lets a quiet moment be quiet.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("part-named-by-its-heading",
            () -> AnswerRig.botOver(Map.of("the-ice-rink.md", ICE_RINK)));

    @Test
    void theSectionHeadedWithThePart_answersFirst() {
        Answer answer = BOT.ask("is the ending of the ice rink good");

        assertThat(answer.citations()).isNotEmpty().first().satisfies(c -> {
            assertThat(c.section()).isEqualTo("The Ending");
            assertThat(c.quote()).contains("finale is abrupt");
        });
    }
}
