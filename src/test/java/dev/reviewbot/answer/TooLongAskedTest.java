package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is X too long?" of two reviews that disagree: each review's sentence weighing the film against its runtime, not
 * the runtime its header states, nor another film's runtime it compares with; a review that judges the length
 * only in the question's words ("too long") is heard in them.
 */
class TooLongAskedTest {

    private static final String PATIENT = """
            ---
            title: Night Mail
            reviewer: Orla Finch
            ---
            Night Mail (2026, 112 minutes) follows a sorting office through its last night shift.

            It owes a lot to Brief Encounter, which runs a mere 86 minutes and wastes none of them.

            I timed it against my watch: not one of its 112 minutes is wasted.
            """;

    private static final String RESTLESS = """
            ---
            title: Night Mail
            reviewer: Declan Voss
            ---
            The cast is fine and the sorting frames are handsome.

            But 112 minutes of letters felt like a double shift, and the ending is syrup.
            """;

    /** Gives the runtime in its header only, and judges the length in the question's own words. */
    private static final String IN_THE_QUESTIONS_WORDS = """
            ---
            title: Night Mail
            reviewer: Ines Harrow
            ---
            Night Mail is a British drama from 2026, 112 minutes long.

            The sorting office is lit like a cathedral. It feels like a whole night: the film is twenty minutes too long.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("too-long-asked", () -> AnswerRig.botOver(Map.of(
            "night-mail-finch.md", PATIENT, "night-mail-voss.md", RESTLESS, "night-mail-harrow.md", IN_THE_QUESTIONS_WORDS)));

    @Test
    void eachReviewsWeighingOfTheRuntime_isQuoted() {
        Answer answer = BOT.ask("is night mail too long");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactlyInAnyOrder(
                "I timed it against my watch: not one of its 112 minutes is wasted.",
                "But 112 minutes of letters felt like a double shift, and the ending is syrup.",
                "It feels like a whole night: the film is twenty minutes too long.");
    }

    @Test
    void askedMoreThanTheLength_theRuntimeDoesNotAnswer() {
        Answer answer = BOT.ask("is the ending of night mail too long");

        assertThat(answer.citations()).extracting(Citation::quote)
                .doesNotContain("I timed it against my watch: not one of its 112 minutes is wasted.");
    }
}
