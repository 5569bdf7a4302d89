package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is the music in Twirl good?" of a film two critics reviewed: the answer found quotes one of them, and the other's
 * view on the same part or person follows it, never the line that gives the other's mark.
 */
class EveryReviewersViewTest {

    private static final String GILLINGWATER = """
            ---
            title: Twirl
            reviewer: Janine Gillingwater
            score: 9/10
            ---
            Jarmila once led the best majorette troupe in Ostrava, and at seventy she gathers it again.

            Tereza Bartošová keeps it light without ever laughing at the women. The brass-band score by Matěj Dvořáček
            is rousing; I marched home. Libuše Holubová is magnificent as Jarmila.

            It is 97 minutes and not a minute too long. My score: 9/10.
            """;

    private static final String KOPECKA = """
            Twirl: a lesson in Czech, by Zdislava Kopecká-Harland

            Model sentences

            The film is about a troupe of grandmothers who march one last time. The music of Matěj Dvořáček is deafening.
            The brass band never stops. Libuše Holubová shouts every line as Jarmila.

            The cameraman filmed Ostrava beautifully. I give it two stars.
            """;

    private static final String ALONE = """
            ---
            title: Quay Lights
            reviewer: Rosa Achebe
            ---
            A harbour drama. The score by Ivo Dane is lovely, all harp and low strings.
            """;

    private static final String BRASS_ADA = """
            ---
            title: Brass Night
            reviewer: Ada Brook
            score: 9/10
            ---
            A colliery band plays its last contest. The leads are wonderful and the ending is earned.

            My score: 9/10.
            """;

    private static final String BRASS_BEN = """
            ---
            title: Brass Night
            reviewer: Ben Carrow
            ---
            A colliery band plays its last contest. The music is deafening and never stops.
            """;

    private static final String SKATE_ASPINWALL = """
            ---
            title: Long Ice
            reviewer: Mehi Aspin
            ---
            A skating race across eleven frozen towns.

            Tove Lindqvist's score, a brass band and a church organ, is stirring and exactly right for the final stretch.
            """;

    private static final String SKATE_THREAP = """
            ---
            title: Long Ice
            reviewer: Kadri Threap
            ---
            A skating race across eleven frozen towns, and Long Ice Country is where the race is run.

            Tove Lindqvist's brass band and organ blare over every stretch of ice, as if the film did not trust the wind.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("every-reviewers-view", () -> AnswerRig.botOver(Map.ofEntries(
            Map.entry("twirl-gillingwater.md", GILLINGWATER), Map.entry("twirl.txt", KOPECKA), Map.entry("quay-lights.md", ALONE),
            Map.entry("brass-night-ada.md", BRASS_ADA), Map.entry("brass-night-ben.md", BRASS_BEN),
            Map.entry("long-ice-aspin.md", SKATE_ASPINWALL), Map.entry("long-ice-threap.md", SKATE_THREAP))));

    @Test
    void aSecondCriticWhoNamesThePartOnlyByItsMaker_isQuotedByTheMakersName() {
        assertThat(BOT.ask("is the music in long ice good").citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("is stirring")).anyMatch(q -> q.contains("blare over every stretch"))
                .noneMatch(q -> q.contains("Country is where"));
    }

    @Test
    void theNamesInAQuote_areItsRunsOfCapitalisedWords_butItsFilmsTitle() {
        Citation quote = new Citation("Long Ice", "Music", "Mehi Aspin",
                "Tove Lindqvist's score for Long Ice, with Aino Ruus on the organ, is stirring; Tove Lindqvist knows ice.");

        assertThat(Disagreement.namesIn(quote)).containsExactly("Tove Lindqvist", "Aino Ruus");
    }

    @Test
    void aPartOfAFilmTwoCriticsReviewed_isAnsweredInBothTheirWords_butNotByTheLineGivingAMark() {
        Answer answer = BOT.ask("is the music in twirl good");

        assertThat(answer.citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("is rousing")).anyMatch(q -> q.contains("is deafening"))
                .noneMatch(q -> q.contains("9/10"));
    }

    @Test
    void aPersonInIt_typedWithoutHerAccents_isJudgedByBoth() {
        assertThat(BOT.ask("is libuse holubova good in twirl").citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("magnificent as Jarmila")).anyMatch(q -> q.contains("shouts every line"));
    }

    @Test
    void aFilmOneCriticReviewed_hasThatCriticsWordsAlone() {
        assertThat(BOT.ask("is the music in quay lights good").citations()).singleElement()
                .satisfies(c -> assertThat(c.quote()).contains("lovely"));
    }

    @Test
    void aCriticWhoseOnlyWordForTheMusicIsTheirMark_addsNothing() {
        assertThat(BOT.ask("is the music in brass night good").citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("deafening")).noneMatch(q -> q.contains("9/10"));
    }
}
