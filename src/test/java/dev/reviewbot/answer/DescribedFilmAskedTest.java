package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A film named by a description, then a question: the description finds the film, and the question is what is
 * answered ("the christmas one with the elves on strike, is it for kids" asks whether it suits children, not about
 * the strike). When the question points back at what was described ("was that scene good"), the description is
 * what it asks about.
 */
class DescribedFilmAskedTest {

    private static final String TINSEL_STRIKE = """
            ---
            title: Tinsel Strike
            reviewer: Edie Lark
            ---

            It is Christmas Eve and the elves of the North Pole have gone on strike over their pensions, so Father
            Christmas has to deliver every present himself with one reindeer and a borrowed van.

            The music by Noel Fairfax has gone full sleigh bells, which is fine, it's Christmas.

            Take the children; it's a U and the worst thing in it is a reindeer with hiccups.
            """;

    private static final String SALT_ROAD = """
            ---
            title: Salt Road
            reviewer: Mick Haran
            ---

            ## The Story

            Two brothers drive a stolen car from Reno to the coast while a bounty hunter follows them.

            ## The Chase

            The eleven-minute chase across the salt flats is the best sequence of its kind in years, shot from a
            helicopter so low that the dust hits the lens.

            ## Verdict

            A good, lean thriller that is worth seeing on the biggest screen you can find.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("described-film-asked", () -> AnswerRig.botOver(Map.of(
            "tinsel-strike.md", TINSEL_STRIKE, "salt-road.md", SALT_ROAD)));

    @Test
    void whatIsAskedAfterTheDescription_isAnswered_notTheDescription() {
        Answer answer = BOT.ask("the christmas one with the elves on strike, is it ok for kids");

        assertThat(answer.citations().get(0).label()).startsWith("Tinsel Strike");
        assertThat(answer.citations().get(0).quote()).contains("Take the children");
    }

    @Test
    void aQuestionPointingBackAtTheDescription_isAnsweredAboutWhatItDescribed() {
        Answer answer = BOT.ask("the movie with the chase across the salt flats, was that scene good");

        assertThat(answer.citations().get(0).label()).startsWith("Salt Road");
        assertThat(answer.citations().get(0).quote()).contains("best sequence of its kind");
    }
}
