package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Users shorten long titles to one word ("umbra director"): a word of one stored title that its reviews write only
 * as a name is that film, rather than whichever film's review has the best sentence on a director.
 */
class TitleCalledByOneWordTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-called-by-one-word", TitleCalledByOneWordTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "umbra.md", """
                        ---
                        title: Umbra and the Clockwork Fox
                        reviewer: Priya Lindqvist
                        ---
                        ## Behind the Camera

                        Director Mateo Quill comes from short films, and his scenes are wonderfully composed. The fox
                        of the title is a marvel of brass and springs.

                        ## Verdict

                        Umbra steals the film, and the children in my screening loved every minute.
                        """,
                "the-ardmore-beekeeper.md", """
                        ---
                        title: The Ardmore Beekeeper
                        reviewer: Barbara Quinn
                        ---
                        ## Direction

                        The director is Aoife Marsh, who directs with a patient, steady hand and is not in a hurry. An
                        old beekeeper on the Irish coast teaches his granddaughter the hives.

                        ## Verdict


                        A gentle, lovely film about bees and grief.
                        """));
    }

    @Test
    void oneWordOfATitle_thatTheReviewsWriteOnlyAsAName_namesTheFilm() {
        Answer answer = BOT.ask("umbra director");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Umbra and the Clockwork Fox");
        assertThat(answer.citations().get(0).quote()).contains("Director Mateo Quill");
    }

    @Test
    void oneWordOfATitle_readAsATitleOfItsOwn_isThatFilm_notAFilmNotStored() {
        // "umbra" alone would be read as an unknown title; it is Umbra and the Clockwork Fox called by its word.
        Answer answer = BOT.ask("is umbra good");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Umbra and the Clockwork Fox");
    }

    @Test
    void aTitleWithAWordOfAStoredOneAndAnotherWord_staysAFilmNotStored() {
        Answer answer = BOT.ask("is umbra nights good");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).contains("umbra nights");
    }
}
