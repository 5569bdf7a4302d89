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

    private static final String MOTH = """
            ## Introduction
            Moth and the Lamp is a stop-motion family film about a little moth who falls in love with a lamp.

            ## The scary bits
            Very mild. The storm that opens the film is loud, but nothing here will bother a five-year-old.

            ## The good
            The voice cast is lovely, and the songs are already stuck in my house.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("part-named-by-its-heading",
            () -> AnswerRig.botOver(Map.of("the-ice-rink.md", ICE_RINK, "moth-and-the-lamp.md", MOTH)));

    @Test
    void theSectionHeadedWithThePart_answersFirst() {
        Answer answer = BOT.ask("is the ending of the ice rink good");

        assertThat(answer.citations()).isNotEmpty().first().satisfies(c -> {
            assertThat(c.section()).isEqualTo("The Ending");
            assertThat(c.quote()).contains("finale is abrupt");
        });
    }

    /** Two aspects asked at once (the scares, for whom) are no part of one: "little moth" says nothing of either. */
    @Test
    void twoAspectsAskedAtOnce_areNoPartOfOne() {
        Answer answer = BOT.ask("how frightening is moth and the lamp for little ones");

        assertThat(answer.citations()).isNotEmpty().first().satisfies(c -> assertThat(c.section()).isEqualTo("The scary bits"));
    }
}
