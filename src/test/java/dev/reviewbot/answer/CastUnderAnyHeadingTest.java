package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 3 and 4: "gastrique cast" where the review's headings are a menu's courses, none of them on the
 * acting: the sentence casting someone ("Nassim Belkacem is the scene-stealer as Yanis") answers wherever it sits.
 */
class CastUnderAnyHeadingTest {

    private static final String MENU = """
            AMUSE-BOUCHE
            A black comedy in a Lyon bouchon on the worst night of its life. Then the man at table four face-plants into his quenelle and does not get up.

            POISSON
            Nassim Belkacem is the scene-stealer as Yanis, the sous-chef who has been quietly stealing the saffron. His silent panic behind the pass is the funniest thing I have seen this year.

            VIANDE
            The main course is the direction of Ludivine Carrasco, who keeps four plots on the boil at once. The cinematography is all copper pans and steam.

            DIGESTIF
            Gastrique is the best comedy of the winter. Four stars.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cast-under-any-heading", () -> AnswerRig.botOver(Map.of("gastrique.txt", MENU)));

    @Test
    void aSentenceCastingSomeone_answersTheCastQuestion_underACoursesHeading() {
        Answer answer = BOT.ask("gastrique cast");
        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Nassim Belkacem is the scene-stealer as Yanis");
    }
}
