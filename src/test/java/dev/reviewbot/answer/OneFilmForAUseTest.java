package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is it ok for kids?" asked of one film: the reviewer's judgement on the use, in whatever words ("this is one for
 * grown-ups"), is quoted before a sentence that merely holds the question's words ("the kids in the back row").
 */
class OneFilmForAUseTest {

    private static final String NIGHT_ROUTE = """
            ---
            title: Night Route
            reviewer: Cleo Marsh
            ---

            ## The Ride

            A night bus driver sees a stabbing at a stop and, against every instinct, stops the bus. The kids in the
            back row of my screening laughed at the wrong moments, and the cinema was too cold.

            Ade Bello plays the driver with a tired, watchful calm that holds the whole film together.

            ## Should You Go

            It is violent in short, sharp bursts, and the language is strong throughout, so this is one for grown-ups.
            If you miss cheap, tight British thrillers, get on this bus.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("one-film-for-a-use", () -> AnswerRig.botOver(Map.of(
            "night-route.md", NIGHT_ROUTE)));

    @Test
    void theJudgementOnTheUse_isQuotedBeforeASentenceHoldingTheQuestionsWords() {
        Answer answer = BOT.ask("is night route ok for kids");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("this is one for grown-ups");
    }

    @Test
    void theUseAsked_isReadAfterOkOrGoodFor_andTheTitleSetAside() {
        List<String> named = List.of("Good For Nothing");

        assertThat(ComparedQuestion.use("is night route ok for small kids?", List.of())).contains("small kids");
        assertThat(ComparedQuestion.use("is good for nothing suitable for a date night or not", named)).contains("a date night");
        assertThat(ComparedQuestion.use("is good for nothing any good", named)).isEmpty();
    }
}
