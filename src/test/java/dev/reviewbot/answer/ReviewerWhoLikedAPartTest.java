package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which reviewer liked the ending?": the side asked is read from how the question is put, not from the part it
 * names; the polarity model alone reads "liked the ending" as criticism and put the reviewer who hated it first.
 */
class ReviewerWhoLikedAPartTest {

    private static final String WARM = """
            ---
            title: Tidewater
            reviewer: Ada Holm
            ---
            ## The Story

            A ferryman on a tidal river takes one last crossing before the bridge opens.

            ## The Ending

            The ending is wonderful, a moving and beautifully judged final shot of the ferry drifting out on the tide.
            """;

    private static final String COLD = """
            ---
            title: Tidewater
            reviewer: Piers Vane
            ---
            ## The Story

            A ferryman on a tidal river takes one last crossing before the bridge opens.

            ## The Ending

            The ending is a lazy, baffling cop-out that ruins an hour of careful work.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("reviewer-who-liked-a-part", () -> AnswerRig.botOver(Map.of(
            "tidewater-holm.md", WARM, "tidewater-vane.md", COLD)));

    @Test
    void theReviewerWhoLikedThePart_isQuotedFirst() {
        Answer answer = BOT.ask("which tidewater reviewer liked the ending");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ada Holm");
    }

    @Test
    void theReviewerWhoHatedThePart_isQuotedFirst() {
        Answer answer = BOT.ask("which tidewater reviewer hated the ending");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Piers Vane");
    }
}
