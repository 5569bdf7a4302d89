package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 3 and 6: "who composed the music?" when the review names no composer is declined, though a
 * sentence names a person beside a word on the sound; the person's possessive gives their role ("Anouska
 * Pelletier's camera"). A screenplay-shaped review's stage direction in lower case ("(to camera)") is no name
 * written without capitals, while a review that uses no capitals still names its crew.
 */
class NoOneInTheAskedRoleTest {

    private static final String LAB_REPORT = """
            # Quiet Ward

            ## Method
            Ifeoma Thorold plays Joanna, the night technician, and the film belongs to her. Directed by Hallveig Hartmere.

            ## Results
            The first hour is genuinely frightening. Anouska Pelletier's camera stays in the dark corridor outside the bedrooms, and the sound of six people breathing in time is the scariest noise I have heard in a cinema.

            ## Conclusion
            A strong first hour and a weak ending. Three stars out of five.
            """;

    private static final String SCREENPLAY = """
            FADE IN:

            INT. THE ROXY - NIGHT

            Mairead Ferrie directed it, from her own script, and the music is by Ealasaid Rattray. The curling stones rumble like thunder.

            SORLEY
            (to camera)
            Four out of five. It is warm and daft, and it made my mother laugh out loud twice.
            """;

    private static final String DIARY = """
            watched moss harbour tonight with my sister. it is shot by marta lindqvist in greys and greens and every frame looks cold. the story drags in the middle but the ending got me. four stars.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("no-one-in-the-role", () -> AnswerRig.botOver(
            Map.of("quiet-ward.md", LAB_REPORT, "hog-line.txt", SCREENPLAY, "moss-harbour.txt", DIARY)));

    @Test
    void noComposerNamed_isDeclined_thoughTheCinematographersSentenceSpeaksOfTheSound() {
        Answer answer = BOT.ask("who composed the music for quiet ward");
        assertThat(answer.grounded()).as(answer.text()).isFalse();
    }

    @Test
    void theCinematographer_isStillTheAnswerToWhoShotIt() {
        Answer answer = BOT.ask("who shot quiet ward");
        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Anouska Pelletier");
    }

    @Test
    void aStageDirectionInLowerCase_namesNoCinematographer() {
        Answer answer = BOT.ask("who shot hog line");
        assertThat(answer.text()).doesNotContain("(to camera)");
    }

    @Test
    void aReviewWrittenWithoutCapitals_stillNamesItsCinematographer() {
        Answer answer = BOT.ask("who shot moss harbour");
        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("marta lindqvist");
    }
}
