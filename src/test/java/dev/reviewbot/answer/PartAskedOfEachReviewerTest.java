package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which reviewer liked the ending?" asks about a part of the writing: each reviewer's view is the sentence under a
 * heading naming the part ("What about the ending?"), even when it never says "ending" itself, before a sentence
 * that merely names the script.
 */
class PartAskedOfEachReviewerTest {

    private static final String WARM = """
            ---
            title: Saltglass
            reviewer: Ada Holm
            ---
            ## Who made it?

            Nina Reed directs, and she wrote the script with Tomas Carr. Ivo Lund is behind the camera, and his images
            of the harbour are unforgettable.

            ## What about the ending?

            Perfect, and devastating. The last shot, which I won't describe, is the image I have thought about most
            this autumn. Some people in my screening laughed, which I can only put down to nerves.
            """;

    private static final String COLD = """
            ---
            title: Saltglass
            reviewer: Piers Vane
            ---
            ## The Setup

            A glassblower's daughter comes home to the coast to sell the family workshop.

            ## The Ending

            The ending is a lazy, baffling cop-out that ruins an hour of careful work.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("part-asked-of-each-reviewer", () -> AnswerRig.botOver(Map.of(
            "saltglass-holm.md", WARM, "saltglass-vane.md", COLD)));

    @Test
    void eachReviewer_isQuotedFromTheSectionHeadedWithThePart() {
        Answer answer = BOT.ask("which saltglass reviewer liked the ending");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ada Holm");
        assertThat(answer.citations().get(0).section()).isEqualTo("What about the ending?");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.section()).isEqualTo("The Ending"));
        assertThat(answer.citations()).noneSatisfy(c -> assertThat(c.quote()).contains("wrote the script"));
    }
}
