package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question that names no stored film, in a word or two of its own that the reviews use elsewhere ("who directed
 * jaws", when one review mentions a shark's jaws), names a film the library lacks: another film's director is no
 * answer. A film described by its words is answered from the review that holds them.
 */
class NamedInItsOwnWordsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("named-in-its-own-words", () -> AnswerRig.botOver(Map.of(
            "deep-water.md", """
                    ---
                    title: Deep Water
                    reviewer: Ada Gray
                    ---
                    ## The Creature

                    The shark is a rubber puppet, and its jaws wobble whenever it bites, which got a laugh.

                    ## Verdict

                    Silly, cheap and fun on a Friday night.
                    """,
            "the-understudy.md", """
                    ---
                    title: The Understudy
                    reviewer: Tobias Grell
                    ---
                    ## Direction

                    Nell Crawley directs as if the story were happening in real time, with a flamethrower scene at the
                    interval that nobody in the theatre expected.

                    ## Verdict

                    A backstage comedy with real warmth.
                    """)));

    @Test
    void aFilmNamedInAWordTheReviewsUseElsewhere_isNotAnsweredFromAnotherFilm() {
        Answer answer = BOT.ask("who directed jaws");

        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void aFilmDescribedByTheWordsOfItsReview_isAnswered() {
        Answer answer = BOT.ask("which film has a flamethrower scene");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("The Understudy");
    }
}
