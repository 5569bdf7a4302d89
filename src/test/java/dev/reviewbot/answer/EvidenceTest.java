package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.app.ReviewBot;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 8, point 6: a passage that merely resembles the question is no evidence. */
class EvidenceTest {

    private static ReviewBot bot;

    @BeforeAll
    static void start() {
        bot = SmallReviews.bot();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static Answer ask(String question) {
        return bot.answers().ask(null, question, Optional.empty()).answer();
    }

    @Test
    void somethingNoReviewMentions_isDeclined() {
        assertThat(ask("What is the dog called in Lantern Bay?").grounded()).isFalse();
        assertThat(ask("Is Tom Hanks good in Marrow Lane?").grounded()).isFalse();
        assertThat(ask("Who edited Lantern Bay?").grounded()).isFalse();
    }

    @Test
    void whatIsMentioned_isAnsweredByTheSentenceHoldingIt() {
        Answer answer = ask("is there a subplot about a bicycle in marrow lane?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("stolen bicycle");
    }
}
