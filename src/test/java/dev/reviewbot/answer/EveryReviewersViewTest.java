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

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("every-reviewers-view", () -> AnswerRig.botOver(Map.of(
            "twirl-gillingwater.md", GILLINGWATER, "twirl.txt", KOPECKA, "quay-lights.md", ALONE,
            "brass-night-ada.md", BRASS_ADA, "brass-night-ben.md", BRASS_BEN)));

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
