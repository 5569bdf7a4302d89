package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How do the X reviews differ overall?": each reviewer's rating, also one written as a bare score closing the
 * review's last paragraph ("... worth the ticket. 7/10."), beside the other reviewer's front-matter rating. "What
 * do the critics like about X?" asks for what they liked, not for their ratings.
 */
class ReviewsDifferingOverallTest {

    private static final String WARM = """
            # Lantern Coast

            By Hollis Brand

            Lantern Coast is a biopic of a Victorian lighthouse keeper who taught herself navigation, and it is mostly a delight.

            ## The Performances

            Ruth Alder is wonderful as the keeper: sharp, funny and heartbreaking in the later scenes.

            ## Final Thoughts

            Lantern Coast is a handsome, old-fashioned biopic lifted well above the ordinary by Ruth Alder. Its invented romance drags it down, but the storm scenes alone are worth the ticket. 7/10.
            """;

    private static final String COLD = """
            ---
            title: Lantern Coast
            reviewer: Celia Moss
            rating: 2/5
            ---

            Lantern Coast flattens a remarkable life into a dull, conventional biopic.

            ## The Bottom Line

            A pretty, well-meaning and profoundly conventional film; watch the storm scenes and skip the rest.
            """;

    /** A video page's channel is its reviewer, and the channel's name ends in a word questions use. */
    private static final String CHANNEL = """
            BRINE CHOIR (2026) Review - the scariest folk musical ever? | No Spoilers
            Wyn Caradog Reviews
            12.1K subscribers
            3,402 views · 2 days ago

            In today's video I review Brine Choir, and Ffion Rees is wonderful as the choirmaster who hears the sea sing back.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("reviews-differing-overall", () -> AnswerRig.botOver(Map.of(
            "lantern-coast.md", WARM, "lantern-coast-moss.md", COLD,
            "brine-choir.txt", CHANNEL)));

    @Test
    void bothReviewersRatings_areQuoted_theBareScoreToo() {
        Answer answer = BOT.ask("how do the lantern coast reviews differ overall");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("7/10").contains("2/5");
    }

    /** "Reviews" asks about the reviews, not about the channel "Wyn Caradog Reviews" by its last word. */
    @Test
    void theWordReviews_isNoSurnameOfAChannelReviewingAnotherFilm() {
        Answer answer = BOT.ask("do the lantern coast reviews disagree");

        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Hollis Brand", "Celia Moss");
    }

    @Test
    void whatTheCriticsLike_isTheirPraise_notTheirRatings() {
        Answer answer = BOT.ask("what do the critics like about lantern coast");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).doesNotContain("2/5").doesNotContain("7/10");
        assertThat(answer.citations().get(0).quote()).containsAnyOf("wonderful", "delight", "worth the ticket");
    }

    @Test
    void whetherSomethingIsThere_isNoComparisonOfTheReviewers() {
        Answer answer = BOT.ask("is there a sequel to lantern coast");

        assertThat(answer.grounded()).isFalse();
    }
}
