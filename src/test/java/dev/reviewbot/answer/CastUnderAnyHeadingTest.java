package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 3 and 4: "gastrique cast" where the review's headings are a menu's courses, none of them on the
 * acting: the sentence casting someone ("Nassim Belkacem is the scene-stealer as Yanis") answers wherever it sits.
 * Under a heading read as the acting by its meaning alone ("THE LEADS"), the sentence casting someone in an aside
 * ("Jonah Achebe, as Daniel, ...") answers "who plays the mom?", though it names the role in none of the vocabulary's words.
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

    private static final String LEADS = """
            ---
            title: Vinegar Hill
            reviewer: Tamsin Greaves
            ---

            ## THE STORY

            Lila Carver runs a failing family vineyard in the Virginia hills, two years after her husband's death, and a bank sends a botanist to decide whether the land is worth more as vines or as houses.

            ## THE LEADS

            Margit Haddad has been praised to the skies for her Lila, and I cannot see why. She keeps every scene at the same low, tight-lipped register. Jonah Achebe, as Daniel, is the livelier of the two, and the only moments with real spark come when he is arguing with Pearl Kettle, who is very funny as Lila's meddling mother Ada.

            ## THE VERDICT

            Handsome and slow, and it thinks being slow is the same as being deep.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cast-under-any-heading", () -> AnswerRig.botOver(Map.of("gastrique.txt", MENU,
            "vinegar-hill.md", LEADS)));

    @Test
    void aSentenceCastingSomeone_answersTheCastQuestion_underACoursesHeading() {
        Answer answer = BOT.ask("gastrique cast");
        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Nassim Belkacem is the scene-stealer as Yanis");
    }

    @Test
    void aSentenceCastingInAnAside_answersWhoPlaysThePart() {
        Answer answer = BOT.ask("who plays the mom in vinegar hill");

        assertThat(answer.grounded()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Pearl Kettle");
    }
}
