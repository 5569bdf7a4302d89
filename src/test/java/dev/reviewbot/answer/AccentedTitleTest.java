package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A film whose title has accents, asked about without them: by its title with a typo, and by one of its words alone,
 * which the reviews' index only holds with its accents; or by the title it was released under elsewhere. None is a
 * film not stored.
 */
class AccentedTitleTest {

    private static final String HAILSTONES = """
            ---
            title: "L'Été des grêlons"
            reviewer: Cordelia Sowerby
            ---

            ## The Story

            Thirteen-year-old Mathilde spends the summer of 1989 on her grandfather's vineyard in the Beaujolais, the
            summer a single hailstorm destroys the whole harvest in eleven minutes. The film, released in Britain as
            Summer of Hailstones, stars Roch Valadier as her grandfather Aimé.

            ## What Still Doesn't Work

            The accordion score by Gwenaël Le Bihan is still far too much; the film is better whenever it stops.
            """;

    private static final String ORCHARD = """
            ---
            title: Glass Orchard
            reviewer: Maya Lind
            ---

            A hailstorm destroys a year of work in the opening scene, and the rest of the film is about what a family
            does with the wreckage. The music is a single cello. Sten Ek plays the grandad, who spends the summer
            in the orchard.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("accented-title", () -> AnswerRig.botOver(Map.of(
            "hailstones.md", HAILSTONES, "orchard.md", ORCHARD)));

    @Test
    void theTitleTypedWithoutAccentsAndWithATypo_isTheFilm() {
        Answer answer = BOT.ask("l'ete des grelon music");

        assertThat(answer.citations().get(0).label()).startsWith("L'Été des grêlons");
        assertThat(answer.citations().get(0).quote()).contains("accordion score");
    }

    @Test
    void theNameTheFilmWasReleasedUnderElsewhere_namesTheFilm() {
        Answer answer = BOT.ask("who plays the grandad in summer of hailstones");

        assertThat(answer.citations().get(0).label()).startsWith("L'Été des grêlons");
        assertThat(answer.citations().get(0).quote()).contains("Roch Valadier");
    }

    @Test
    void oneWordOfTheTitle_typedWithoutItsAccent_namesTheFilm() {
        Answer answer = BOT.ask("grelons hailstorm");

        assertThat(answer.citations().get(0).label()).startsWith("L'Été des grêlons");
    }
}
