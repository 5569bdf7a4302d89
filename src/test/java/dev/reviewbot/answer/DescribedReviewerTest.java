package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What did the student think of Eelmoor?": a reviewer told by who they are, not by name. The description says
 * whose view is asked, not what about: the review's verdict answers, though its text never says "student".
 */
class DescribedReviewerTest {

    private static final String ESSAY = """
            ## Introduction
            Eelmoor follows an eel catcher on the Cambridgeshire fens through one last season before the drains are sold.

            ## Work as rhythm
            The film is built from work filmed in real time: nets emptied, boats baled, the same dyke walked at dawn.

            ## Conclusion
            Eelmoor is a flawed but important film, with a superb first hour and a last act that stands still.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("described-reviewer", () -> AnswerRig.botOver(Map.of("eelmoor.md", ESSAY)));

    @Test
    void aReviewerDescribed_isAskedForTheVerdict() {
        for (String question : java.util.List.of("what did the student think of eelmoor", "did the film society guy like eelmoor")) {
            Answer answer = BOT.ask(question);

            assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
            assertThat(answer.text()).as(question).contains("a flawed but important film");
        }
    }
}
