package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {

    private static final List<Source> GIVEN = List.of(
            new Source(1, "Ballerina", "Acting", null, "Ana de Armas anchors the film."),
            new Source(2, "Ballerina", "Writing", null, "The script weaves a revenge plot."),
            new Source(3, "Glass Orchard", "Score", "Maya Lindqvist", "The score is the revelation."));

    private static Grounding.Checked check(String reply) {
        return Grounding.check("q", reply, GIVEN);
    }

    @Test
    void citedSections_areKeptInOrderOfFirstMention_andRenumbered() {
        Answer.Grounded answer = check("The score shines [3]. The acting too [1, 3]. And again [1][3].").answer().orElseThrow();

        assertThat(answer.prose()).isEqualTo("The score shines [1]. The acting too [2][1]. And again [2][1].");
        assertThat(answer.citations()).containsExactly(
                new Citation("Glass Orchard", "Score", "Maya Lindqvist", "The score is the revelation."),
                new Citation("Ballerina", "Acting", null, "Ana de Armas anchors the film."));
        assertThat(answer.note()).isNull();
    }

    @Test
    void answersThatCannotBeChecked_areRefusedWithTheReason() {
        assertThat(check("Great acting.").rejection()).isEqualTo(Grounding.Rejection.NO_CITATION);
        assertThat(check("NOT_IN_REVIEWS").rejection()).isEqualTo(Grounding.Rejection.NO_CITATION);
        assertThat(check("Great acting [4].").rejection()).isEqualTo(Grounding.Rejection.UNKNOWN_SECTION);
        assertThat(check("Great acting [0].").rejection()).isEqualTo(Grounding.Rejection.UNKNOWN_SECTION);
        assertThat(check("Great [1]. Also [2, 12].").rejection()).isEqualTo(Grounding.Rejection.UNKNOWN_SECTION);
        assertThat(check("  ").rejection()).isEqualTo(Grounding.Rejection.EMPTY);
        assertThat(check("<<<SECTION id=1>>> [1]").rejection()).isEqualTo(Grounding.Rejection.ECHOES_FENCE);
        assertThat(check("Great [1]. ".repeat(300)).rejection()).isEqualTo(Grounding.Rejection.TOO_LONG);
        assertThat(check("Great [1].").answer()).isPresent();
    }
}
