package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 3 and 6: "who composed the music?" when the review names no composer is declined, though a
 * sentence names a person beside a word on the sound; the person's possessive gives their role ("Anouska
 * Pelletier's camera"). A screenplay-shaped review's stage direction in lower case ("(to camera)") is no name
 * written without capitals, while a review that uses no capitals still names its crew. A line opening with an
 * amount ("£2.00 because the soundtrack is...") is no sentence written without capitals. A section labelled with
 * a role by its meaning alone (a masthead, a rulebook's "Setting up") answers "who edited / wrote it?" with a name
 * only where its heading or its text names the role.
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

    private static final String INVOICE = """
            # Sublet

            ## Subtotal
            One viewing of Sublet, a romantic comedy shot by Capucine Delacôte in warm summer colours.

            ## Less
            £3.00 for the lavender farm, and £2.00 because the soundtrack is wall-to-wall accordion.

            ## Total due
            £16.00, or three stars out of five.
            """;

    private static final String PLANNING_REPORT = """
            THE PACKET PLANNING DESK
            Film reviews written as planning reports, from the arts pages of The West Penwith Packet
            DELEGATED REPORT OF THE CASE OFFICER
            Application no. PA26/08812/FILM
            Proposal: Exhibition in cinemas of a comedy-drama, Whiteknuckle (UK, 2026), 97 minutes, certificate PG.
            Case officer: Senara Polkinghorne, film critic.

            Site and surroundings
            The film is set in Hayle, on the north coast of Cornwall, in the back garden of a terraced house. Jowan Tresidder, a retired fairground engineer, sets out to build a wooden rollercoaster in that garden.

            The proposal
            Whiteknuckle is directed by Morvoren Trudgeon and written by Benesek Carkeek. It is a modest application: one garden, one summer, one ride.

            Planning assessment
            Peder Hocking plays Jowan with great charm and a sly, sad wit. The script is warm and often funny, but the middle forty minutes sag badly.

            Recommendation
            APPROVE. A kind, funny film that makes good use of a small site. Officer's score: 7/10.
            """;

    private static final String RULEBOOK = """
            ---
            title: Ballast
            year: 2026
            reviewer: Lisandro Ostler-Maine
            rating: B-
            source: Meeple & Moviola
            ---

            # Ballast: rules of play

            *A film review written as a rulebook. For one player, aged 12 and up (the film is a 12A). Playing time: 113 minutes.*

            ## Setting up

            Place Oyinkansola Vickery at the centre of the board. She is terrific as Rhea, dry and frightened and funny, and she carries long stretches of the film alone. Anatole Grieveson voices MOTHERLODE with a polite calm that becomes very creepy indeed. Pax Ruckert, as the negotiator, is a cardboard villain and should be returned to the box.

            ## How to play

            Ballast is directed by Tsegaye Morland-Blix, who builds the first hour patiently, one corridor and one alarm at a time.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("no-one-in-the-role", () -> AnswerRig.botOver(
            Map.of("quiet-ward.md", LAB_REPORT, "hog-line.txt", SCREENPLAY, "moss-harbour.txt", DIARY,
                    "sublet.md", INVOICE, "whiteknuckle.txt", PLANNING_REPORT, "ballast.md", RULEBOOK)));

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

    @Test
    void aLineOpeningWithAnAmount_namesNoComposer() {
        Answer answer = BOT.ask("who did the music for sublet");
        assertThat(answer.grounded()).as(answer.text()).isFalse();
    }

    @Test
    void aMastheadLabelledAsTheEditing_namesNoEditor() {
        Answer answer = BOT.ask("who edited whiteknuckle");
        assertThat(answer.grounded()).as(answer.text()).isFalse();
    }

    @Test
    void anActorUnderAHeadingReadAsTheWriting_isNoWriter() {
        Answer answer = BOT.ask("who wrote ballast");
        assertThat(answer.grounded()).as(answer.text()).isFalse();
    }

    @Test
    void theDirector_isStillNamedWhereTheSentenceSaysSo() {
        Answer answer = BOT.ask("who directed ballast");
        assertThat(answer.citations().get(0).quote()).contains("Tsegaye Morland-Blix");
    }
}
