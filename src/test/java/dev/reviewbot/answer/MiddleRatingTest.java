package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review rated in the middle of its scale (5/10) leans to praise, as one rated above it does: its judgement is
 * quoted from what it liked, not from its closing complaint.
 */
class MiddleRatingTest {

    private static final String TIN_MID = """
            ---
            title: Tin Harbour
            reviewer: Ravi Stone
            rating: 5/10
            ---

            Tin Harbour is a handsome, warm and often lovely film about a family of boat builders.

            ## The Yard

            The yard is full of half-built hulls and the family argue over every plank.

            ## Verdict

            Sadly the plot is a tedious, dreary and muddled slog by the end.
            """;

    private static final String TIN_HIGH = """
            ---
            title: Tin Harbour
            reviewer: June Hale
            rating: 9/10
            ---

            Tin Harbour is a gorgeous, moving and beautifully acted drama.

            ## Verdict

            A triumph that I will happily watch again and again.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("middle-rating", () -> AnswerRig.botOver(Map.of(
            "tin-mid.md", TIN_MID, "tin-high.md", TIN_HIGH)));

    @Test
    void aReviewRatedInTheMiddle_isQuotedFromItsPraise_afterTheHigherRated() {
        Answer answer = BOT.ask("tin harbour: love it or hate it?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("June Hale", "June Hale", "Ravi Stone", "Ravi Stone");
        assertThat(answer.citations().get(2).quote()).isEqualTo("rating: 5/10");
        assertThat(answer.citations().get(3).quote()).contains("handsome, warm");
    }
}
