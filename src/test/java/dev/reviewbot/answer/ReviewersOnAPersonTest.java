package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What do critics say about Iris Vane?": each reviewer of her film quoted where their review speaks of her (its
 * section on the performances), not where a closing verdict names her in passing, the warmer first.
 */
class ReviewersOnAPersonTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("harbour", HarbourReviews::bot);

    @Test
    void whatCriticsSayAboutAnActress_quotesEachReviewerFromTheirSectionOnThePerformances() {
        Answer answer = BOT.ask("what do critics say about iris vane?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Sol Okafor", "Wren Talbot");
        assertThat(answer.citations()).extracting(Citation::section).containsExactly("Performances", "Acting");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.quote()).startsWith("Iris Vane"));
    }
}
