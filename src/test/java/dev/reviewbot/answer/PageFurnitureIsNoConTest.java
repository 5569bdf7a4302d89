package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page's furniture ("Collection from the saleroom only.") reads as criticism to a polarity model that knows no
 * neutral, but it is on no aspect of the film: "what's wrong with X?" quotes what the review holds against the film.
 */
class PageFurnitureIsNoConTest {

    private static final String LOT = """
            ---
            title: Grindstone
            reviewer: Sholto Marsh
            ---

            ## Description

            In 1959 a buffer girl takes over her father's grinding wheel when his lungs give out, and finishes a canteen of cutlery for an ocean liner.

            ## Condition

            The photography of the night grinding scenes is a marvel. The romance with a young engraver is thin and never convinces, and the music never lets up.

            ## Terms

            Buyer's premium 25 per cent. Collection from the saleroom only.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("page-furniture-is-no-con", () -> AnswerRig.botOver(Map.of("grindstone.md", LOT)));

    @Test
    void whatIsWrong_quotesTheReviewsComplaint_notThePagesTerms() {
        Answer answer = BOT.ask("whats wrong with grindstone");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("never convinces").doesNotContain("Collection from the saleroom");
    }
}
