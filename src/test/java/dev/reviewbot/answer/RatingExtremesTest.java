package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which film is rated highest?" over ratings on different scales, listed in no particular order: the highest
 * (or lowest) on the common scale, every review tied with it; and "which films did X review?" answered from
 * the reviews' bylines.
 */
class RatingExtremesTest {

    @RegisterExtension
    static final AnswerRig HARBOUR = AnswerRig.over("harbour", HarbourReviews::bot);

    private static final Catalog CATALOG = new Catalog(1, List.of(
            review("a", "Amber Falls", "Ada Quill", "3/5"),
            review("b", "Birch Hollow", "Bo Reyes", "9/10"),
            review("c", "Copper Kettle", "Cy Lund", "1/5"),
            review("d", "Dune Sparrow", "Di Moss", "90/100"),
            review("e", "Ember Gate", "Ed Vale", null)));

    private static Review review(String id, String title, String reviewer, String rating) {
        return new Review(id, title, null, reviewer, rating, null, List.of(new Section("Verdict", "A film.")));
    }

    private static Answer ask(String text) {
        Question question = new Question(text, text, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, null,
                List.of(), List.of(), ExpectedAnswer.ANY, null);
        return MetadataAnswers.answer(question, CATALOG).orElseThrow();
    }

    @Test
    void theHighestRated_onTheCommonScale_withEveryReviewTiedWithIt() {
        assertThat(ask("which film is rated highest?").citations()).extracting(Citation::quote)
                .containsExactlyInAnyOrder("rating: 9/10", "rating: 90/100");
    }

    @Test
    void theLowestRated_onTheCommonScale() {
        assertThat(ask("which film is the lowest rated?").citations()).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Copper Kettle, Front matter (Cy Lund)"));
    }

    @Test
    void theFilmsAReviewerReviewed_areCitedByTheirBylines() {
        assertThat(HARBOUR.ask("which films did Wren Talbot review?").citations()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Harbour Lights, Front matter (Wren Talbot)");
            assertThat(c.quote()).isEqualTo("reviewer: Wren Talbot");
        });
    }
}
