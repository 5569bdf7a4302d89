package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stored title with its number changed is another film (a sequel, or one never made), wherever it stands in the
 * question: declined by name, not answered from the stored one. The stored title itself still answers.
 */
class AnotherNumberedFilmTest {

    private static final String TURBINE = """
            ---
            title: Turbine 14
            reviewer: Ditte Hvidberg
            ---

            ## Up in the nacelle

            Director Asger Thorsbjerg keeps his two technicians up in the storm for almost the whole film, and it
            is the best Danish genre film in a decade.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("another-numbered-film", () -> AnswerRig.botOver(Map.of(
            "turbine-14.md", TURBINE)));

    @Test
    void theTitleWithAnotherNumber_isAFilmNotStored_beforeOrAfterWhatIsAsked() {
        Answer after = BOT.ask("who directed turbine 15");
        Answer before = BOT.ask("turbine 2 director");

        assertThat(after.grounded()).isFalse();
        assertThat(after.text()).startsWith("I have no review of turbine 15.");
        assertThat(before.text()).startsWith("I have no review of turbine 2.");
    }

    @Test
    void theStoredTitle_stillAnswers() {
        Answer answer = BOT.ask("who directed turbine 14");

        assertThat(answer.citations().get(0).quote()).contains("Asger Thorsbjerg");
    }
}
