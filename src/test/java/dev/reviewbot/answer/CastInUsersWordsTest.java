package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who's in it?" and "who's the bad guy?" ask about the cast in users' words: in a review without headings (here
 * wrapped at 80 columns, as an e-mail is) they are answered by the sentence on the actors, whole, not by the
 * review's opening or its verdict.
 */
class CastInUsersWordsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cast-in-users-words", CastInUsersWordsTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of("slate-hollow.txt", """
                Slate Hollow
                By Ines Varga

                A mining village in the Welsh hills, a winter of strikes, and a chapel choir
                that will not stop singing. It is the first feature from director Owen Pryce,
                and it is quietly wonderful.

                Maud Tolliver plays Nell Rees, the choir mistress, with a stillness that holds
                every scene, and Rhys Penhale is the villain, the pit owner Mr Garrow, all soft
                words and cold eyes.

                The hymns were recorded live in a real chapel, and you can hear the rain on the
                roof between verses.

                Slate Hollow is small, patient and very moving. Go and see it.
                """));
    }

    @Test
    void whosInIt_isAnsweredByTheSentenceOnTheCast() {
        Answer answer = BOT.ask("who's in slate hollow");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Maud Tolliver plays Nell Rees");
    }

    @Test
    void theBadGuy_isAskedOfTheCast() {
        Answer answer = BOT.ask("whos the bad guy in slate hollow");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Rhys Penhale is the villain");
    }
}
