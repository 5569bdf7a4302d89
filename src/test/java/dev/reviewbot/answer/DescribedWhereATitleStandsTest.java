package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "the pork bakery film, is it any good": words where a title would stand, never near each other in a review, read
 * as a film not stored, unless one stored film's reviews use every one of them. Words two films share between them
 * describe neither.
 */
class DescribedWhereATitleStandsTest {

    private static final String CRUST = """
            ---
            title: Hot Water Crust
            reviewer: Nettie Blencowe
            rating: 4/5
            ---
            Hot Water Crust is a warm little comedy about pork, lard and a family feud that has lasted three generations.

            The cast is lovely, and Ifan Pryce steals every scene as the grumpy uncle who thinks nobody has ever made a decent one since 1962.

            Most of it happens in a tiny bakery on the high street, and the flour-dusted camera work makes it look like a painting.

            Go hungry and you will leave happy.
            """;

    private static final String QUARRY = """
            ---
            title: Quarry Light
            reviewer: Odile Marsh
            rating: 2/5
            ---
            Quarry Light follows a keeper who refuses to leave a lighthouse above a flooded slate quarry.

            It is handsome and very slow, and the ending is a shrug.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("described-where-a-title-stands",
            () -> AnswerRig.botOver(Map.of("hot-water-crust.md", CRUST, "quarry-light.md", QUARRY)));

    @Test
    void wordsOneFilmsReviewUsesAll_describeThatFilm() {
        Answer answer = BOT.ask("the pork bakery film, is it any good");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.review()).isEqualTo("Hot Water Crust"));
    }

    @Test
    void wordsTwoFilmsShareBetweenThem_nameAFilmNotStored() {
        Answer answer = BOT.ask("the pork lighthouse film, is it any good");

        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).startsWith("I have no review of pork lighthouse");
    }
}
