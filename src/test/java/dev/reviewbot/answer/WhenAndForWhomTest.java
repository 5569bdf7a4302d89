package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two films weighed on something their reviews' warmth does not tell: which came out first (their years), and
 * which suits a use the question names ("better for little kids"), where the warmer review is of the other film.
 */
class WhenAndForWhomTest {

    private static final String KITE = """
            ---
            title: Paper Kite
            year: 2021
            reviewer: Nell Ashby
            rating: 3/5
            ---

            Paper Kite is a gentle animated tale about a girl who builds a kite from her grandfather's letters.

            ## For Families

            With no bad language and nothing frightening in it, this is ideal for young children and the whole family.

            ## Verdict

            Pleasant enough, if a little thin.
            """;

    private static final String CRYPT = """
            ---
            title: Bone Crypt
            year: 2019
            reviewer: Ravi Holt
            rating: 5/5
            ---

            Bone Crypt is a horror film about a gravedigger who hears something knocking under the churchyard.

            ## The Monster

            The monster is a magnificent, grotesque creation, the kind of thing a child would draw after a nightmare, and I mean that as the highest praise.

            ## Verdict

            A superb, brilliant, gloriously nasty horror film.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("when-and-for-whom", () -> AnswerRig.botOver(Map.of(
            "paper-kite.md", KITE, "bone-crypt.md", CRYPT)));

    @Test
    void whichCameOutFirst_quotesEachFilmsYear_theEarlierFirst() {
        Answer first = BOT.ask("which came out first, paper kite or bone crypt");
        Answer newer = BOT.ask("which is newer, bone crypt or paper kite?");

        assertThat(first.citations()).extracting(Citation::review).containsExactly("Bone Crypt", "Paper Kite");
        assertThat(first.text()).contains("2019").contains("2021").contains("Bone Crypt came out first");
        assertThat(newer.citations()).extracting(Citation::review).containsExactly("Paper Kite", "Bone Crypt");
    }

    @Test
    void whichIsBetterForLittleKids_putsTheFilmSaidToSuitThemFirst_notTheMorePraised() {
        Answer answer = BOT.ask("which is better for little kids, bone crypt or paper kite");

        assertThat(answer.citations().get(0).review()).isEqualTo("Paper Kite");
        assertThat(answer.citations().get(0).quote()).contains("ideal for young children");
        assertThat(answer.text()).contains("that is Paper Kite");
    }

    @Test
    void aUseWeighedFor_isReadUpToTheFilmsNamed() {
        List<String> named = List.of("Paper Kite", "Bone Crypt");

        assertThat(ComparedQuestion.purpose("which is better for little kids, bone crypt or paper kite", named)).contains("little kids");
        assertThat(ComparedQuestion.purpose("is paper kite better for a family movie night than bone crypt", named))
                .contains("a family movie night");
        assertThat(ComparedQuestion.purpose("is paper kite better than bone crypt", named)).isEmpty();
    }
}
