package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review's verdict under a heading of its own making ("Would I work there?") is found by the rating it gives, not
 * mistaken for the pros or cons above it, which judge too.
 */
class VerdictUnderAnyHeadingTest {

    private static final String JOBS_SITE = """
            # Cold Calls

            A telesales office in Paisley has to sell four hundred conservatories by Christmas Eve or close.

            ## Pros

            - The team. Ailsa Rennie is the best boss I have ever seen in a film: she shouts and buys everyone chips.
            - The office. Shot under strip lights the colour of weak tea, with a carpet you can almost smell.

            ## Cons

            - Management. The regional manager is a cartoon villain, and he is in exactly one scene.
            - Progression. The ending, a miracle sale on Christmas Eve, is a cheat, and the film knows it.

            ## Would I work there?

            For Ailsa, yes. For the company, never. Three stars: a good place to work for a fortnight.
            """;

    private static final String APPRAISAL = """
            ---
            title: Tokamak
            rating: 2/5
            ---
            # Tokamak

            ## Role summary

            Tokamak is a science-fiction drama about a fusion power station in Cumbria, where a shift supervisor finds a crack.

            ## Development needs

            The synthesiser score blares over every quiet moment.

            ## Overall rating

            2 out of 5: below expectations. One great performance cannot carry two hours. Not recommended for promotion.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("verdict-under-any-heading", () -> AnswerRig.botOver(Map.of("cold-calls.md", JOBS_SITE,
            "tokamak.md", APPRAISAL)));

    @Test
    void theSectionGivingTheRating_isTheVerdict() {
        Answer review = BOT.ask("cold calls review");

        assertThat(review.grounded()).isTrue();
        assertThat(review.citations().get(0).section()).isEqualTo("Would I work there?");
        assertThat(review.citations().get(0).quote()).contains("Three stars");
    }

    @Test
    void ofTwoHeadingsNamingAVerdict_theLaterIsTheJudgement() {
        Answer review = BOT.ask("is tokamak any good");

        assertThat(review.citations()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("Overall rating");
            assertThat(c.quote()).startsWith("2 out of 5: below expectations.");
        });
    }

    @Test
    void aRatingGivenInOtherWordsInTheProse_isQuotedThere_notFromTheFrontMatter() {
        assertThat(BOT.ask("tokamak rating").citations()).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Tokamak, Overall rating"))
                .satisfies(c -> assertThat(c.quote()).isEqualTo("2 out of 5: below expectations."));
    }
}
