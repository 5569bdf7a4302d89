package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reviewer and someone in a film may share a surname (the critic Tamsin Okoro, the cinematographer Rafael
 * Okoro): the surname after another first name the reviews give it names that person, not the reviewer's review;
 * the reviewer's full name still names the review.
 */
class SurnameOfReviewerAndCrewTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("surname-of-reviewer-and-crew", SurnameOfReviewerAndCrewTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "night-courier.md", """
                        ---
                        title: Night Courier
                        reviewer: Tamsin Okoro
                        rating: 4/5
                        ---
                        ## Verdict

                        Slick, fast and ridiculously entertaining, with a chase for the ages. Four out of five.
                        """,
                "dry-river.md", """
                        ---
                        title: Dry River
                        reviewer: Hal Brenner
                        ---
                        ## The Look

                        Lensed by Rafael Okoro on location in the high desert, the film looks magnificent: red rock,
                        white sky and a river dried into a cracked grey scar.
                        """));
    }

    @Test
    void aSurnameAfterAnotherFirstNameTheReviewsUse_isThatPerson_notTheReviewer() {
        Answer answer = BOT.ask("which films did rafael okoro shoot");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Dry River");
        assertThat(answer.citations().get(0).quote()).contains("Lensed by Rafael Okoro");
    }

    @Test
    void theReviewersFullName_stillNamesTheirReview() {
        Answer answer = BOT.ask("what did tamsin okoro think of night courier");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Tamsin Okoro");
    }
}
