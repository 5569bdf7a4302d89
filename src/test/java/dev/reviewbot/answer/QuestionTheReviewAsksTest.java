package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review that asks its own questions and answers them (a quiz sheet, an FAQ): "Who directed it? Manveer Kalsi,
 * who shoots the matches like a war film." The answer names the role through the question before it.
 */
class QuestionTheReviewAsksTest {

    private static final String KABADDI = """
            Kabaddi Nani: the quiz

            Round 1: The basics
            1. What is it? A sports comedy about a grandmother who coaches a kabaddi team.

            Round 3: Behind the camera
            1. Who directed it? Manveer Kalsi, who stages the matches like a war film, in the best way.
            2. Who did the music? Jasdeep Gurmukh, whose dhol drums are far too loud.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("question-the-review-asks",
            () -> AnswerRig.botOver(Map.of("kabaddi-nani.txt", KABADDI)));

    @Test
    void theAnswerToTheReviewsOwnQuestion_answersWhoHeldTheRole() {
        Answer directed = BOT.ask("who directed kabaddi nani");
        Answer music = BOT.ask("who did the music for kabaddi nani");

        assertThat(directed.citations()).isNotEmpty();
        assertThat(directed.citations().get(0).quote()).contains("Manveer Kalsi");
        assertThat(music.citations()).isNotEmpty();
        assertThat(music.citations().get(0).quote()).contains("Jasdeep Gurmukh");
    }
}
