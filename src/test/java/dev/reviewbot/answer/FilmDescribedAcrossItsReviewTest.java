package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A film described instead of named ("the cartoon with the lamplighter and the brass fox") is the one whose review holds most of the
 * description's words between its paragraphs, not the one with the single passage that repeats one of them.
 */
class FilmDescribedAcrossItsReviewTest {

    private static final String ENGINE = """
            ---
            title: The Marrow Engine
            reviewer: Ada Gray
            ---
            ## Sound

            A brass fox hunt drives the plot: the fox runs, the fox hides, and the brass horns blare at every fox in this grim thriller.

            ## Verdict

            Loud, gloomy and properly scary, and too long by half.
            """;

    private static final String UMBRA = """
            ---
            title: Umbra and the Clockwork Fox
            reviewer: Priya Lindqvist
            ---
            ## First Impressions

            A hand-drawn cartoon about a lamplighter's daughter, set in a city of gas lamps.

            ## The Story

            Umbra teams up with Tick, a clockwork fox made of brass who only remembers half of his instructions.

            ## For Parents

            The villain is properly scary; I would think twice about taking anyone under seven.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("film-described-across-its-review",
            () -> AnswerRig.botOver(Map.of("the-marrow-engine.md", ENGINE, "umbra.md", UMBRA)));

    @Test
    void theFilmHoldingMostOfTheDescription_isTheOneMeant() {
        Answer answer = BOT.ask("the cartoon with the lamplighter and the brass fox, is it scary?");

        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.review()).isEqualTo("Umbra and the Clockwork Fox"));
    }
}
