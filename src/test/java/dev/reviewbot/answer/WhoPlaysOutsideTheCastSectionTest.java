package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question about a part holds its own evidence: a sentence naming the person asked about, or naming someone
 * beside every word of the part ("the mine captain"), answers it wherever it sits, even outside any section on
 * the acting; words that only describe the film ("the one about the mine") do not count as the part.
 */
class WhoPlaysOutsideTheCastSectionTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("who-plays-outside-the-cast-section", WhoPlaysOutsideTheCastSectionTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "pit-song.txt", """
                        Pit Song
                        Reviewed by Marta Quill

                        The valley has been quiet since the colliery closed, and the chapel choir led by Gwen Prys is all that is left of the town's pride.

                        Lena Orr shoots the slate roofs and chimney smoke in a grey light that never lifts, and the pit head looms over every street. Bryn Madoc is very good too, as the mine captain, Idris Rhys, who walks under it in a long black coat. Every frame could hang in a gallery, and the colour is drained almost to nothing.

                        The hymns swell at every turn, and the finale in the flooded shaft is a real coup. It is a handsome, sincere little film that deserves a bigger audience.
                        """,
                "fireworks.md", """
                        ---
                        title: Sparkler Summer
                        reviewer: Dee Hollis
                        ---
                        ## The Gang

                        Ruth Banner is a revelation, with the rubber face of a silent comedian.

                        Lucien Abara's cinematography gives it a warm, hazy glow. Hector Salva, as Uncle Frankie, steals every
                        scene he is in, and the score of surf guitars and kazoos is a joke in itself.
                        """));
    }

    @Test
    void aSentenceNamingEveryWordOfThePart_answersWhoPlaysIt() {
        Answer answer = BOT.ask("who plays the mine captain in pit song");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Bryn Madoc is very good too, as the mine captain");
    }

    @Test
    void wordsDescribingTheFilm_areNotThePartAsked() {
        Answer answer = BOT.ask("who shot the film about the chapel choir");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("Lena Orr shoots");
    }

    @Test
    void aSentenceNamingThePersonAsked_answersWhatTheyPlay() {
        Answer answer = BOT.ask("what character does hector salva play in sparkler summer");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("as Uncle Frankie");
    }
}
