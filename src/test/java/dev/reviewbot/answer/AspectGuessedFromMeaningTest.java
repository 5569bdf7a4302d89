package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An aspect read from a question's meaning alone ("does it have narration?" reads as about the writing) is a
 * guess: the sentence holding the question's most telling word answers wherever it sits.
 */
class AspectGuessedFromMeaningTest {

    private static final String TWINS = """
            ---
            title: Four Hands
            reviewer: Nora Baines
            ---
            ## The Story

            Two elderly sisters who played piano duets in seaside piers for fifty years try to relearn their repertoire after one of them has a stroke.

            ## The Look

            The director keeps herself out of the picture: there is no narration and only a handful of questions heard from behind the camera. The front room is filmed in long, patient takes.

            ## The Music

            The duets are played live, wrong notes and all, and they are glorious.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("aspect-guessed-from-meaning", () -> AnswerRig.botOver(Map.of(
            "four-hands.md", TWINS)));

    @Test
    void theSentenceHoldingTheQuestionsMostTellingWord_answers() {
        Answer answer = BOT.ask("does four hands have narration");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("there is no narration");
    }
}
