package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review written as questions and answers (an editor puts the film to a critic): the questions it puts tell
 * nothing, so none answers a user's; the answers do. A "DoP" asked for is the cinematographer.
 */
class QuestionInTheReviewTest {

    private static final String INTERVIEW = """
            ---
            title: Come Bye
            reviewer: Araminta Kell
            ---

            ## Sheep thrills?

            Leofric: A documentary about sheepdog trials. Can I take the kids? Is it ok for children?

            Araminta: It's a U, and children will love the dogs. Enid Cowperthwaite runs the best dog in the dale.

            ## Does it look good?

            Leofric: Does the camera ever leave the fells?

            Araminta: Barely. Uchenna Obiora shoots the hills at dawn, low and wide, and every frame is lovely.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("question-in-the-review", () -> AnswerRig.botOver(Map.of("come-bye.md", INTERVIEW)));

    @Test
    void aQuestionTheReviewPuts_isNeverTheAnswer() {
        Answer kids = BOT.ask("is come bye ok for kids");

        assertThat(kids.grounded()).isTrue();
        assertThat(kids.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("Can I take the kids?"))
                .noneMatch(q -> q.contains("Is it ok for children?"));
        assertThat(kids.citations().get(0).quote()).contains("It's a U");
    }

    @Test
    void theDop_isTheCinematographer() {
        Answer dop = BOT.ask("come bye dop");

        assertThat(dop.grounded()).isTrue();
        assertThat(dop.citations().get(0).quote()).contains("Uchenna Obiora");
    }
}
