package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SubjQA hit rule, on made-up spans (the data set itself never enters the project or its tests). */
class SubjqaEvaluationTest {

    private static List<Citation> quote(String text) {
        return List.of(new Citation("film", "Review", null, text));
    }

    @Test
    void aQuoteHoldsASpanWhenItContainsIt_orAtLeastHalfOfIt() {
        assertThat(SubjqaEvaluation.quotesASpan(quote("That said, the music is outstanding."), List.of("the music")))
                .isTrue();
        assertThat(SubjqaEvaluation.quotesASpan(quote("The animation is lovely."),
                List.of("lovely. And the songs are catchy too"))).isFalse();
        assertThat(SubjqaEvaluation.quotesASpan(quote("And the songs are catchy too, though."),
                List.of("lovely. And the songs are catchy too"))).isTrue();
        assertThat(SubjqaEvaluation.quotesASpan(quote("Nothing related here."), List.of("the music", "great score")))
                .isFalse();
    }
}
