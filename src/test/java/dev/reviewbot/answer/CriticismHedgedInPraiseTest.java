package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What's wrong with X?" of a review that praises nearly everything: its few complaints sit inside praise ("It is
 * not deep, ... but as a Friday night film it is very hard to beat"), so no sentence leans clearly against the film.
 * The answer quotes the review's least favourable lines, not "the reviews don't say", and not its warmest praise.
 */
class CriticismHedgedInPraiseTest {

    private static final String TUMBLER = """
            ---
            title: The Tumbler Job
            reviewer: Ines Varga
            rating: 4/5
            ---

            The Tumbler Job is a wonderful, witty heist thriller, gorgeously shot and superbly acted from start to finish.

            Marta Lind is magnificent as the safecracker, funny and moving in equal measure, and the whole cast is a joy.

            The vault sequence is a dazzling, breathless masterpiece of suspense, the best set piece of the year.

            It is not deep, and nobody will remember it in ten years, but as a Friday night film it is very hard to beat.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("criticism-hedged-in-praise", () -> AnswerRig.botOver(Map.of(
            "the-tumbler-job.md", TUMBLER)));

    @Test
    void whatIsWrong_quotesTheHedgedComplaint_notTheWarmestPraise() {
        Answer answer = BOT.ask("what's wrong with the tumbler job");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("It is not deep").doesNotContain("dazzling, breathless masterpiece");
    }
}
