package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an operator's dashboard reads: questions by platform and outcome, and how long answers took. */
class MeteredQuestionOutcomesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeteredQuestionOutcomes outcomes = new MeteredQuestionOutcomes(registry);

    private double questions(String platform, String outcome) {
        var counter = registry.find("reviewbot.chat.questions").tag("platform", platform).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void eachQuestion_isCountedByPlatformAndOutcome_andTimedUnlessItWasRateLimited() {
        outcomes.record("discord", QuestionOutcomes.Outcome.ANSWERED, Duration.ofMillis(300));
        outcomes.record("discord", QuestionOutcomes.Outcome.ANSWERED, Duration.ofMillis(500));
        outcomes.record("discord", QuestionOutcomes.Outcome.LIMITED, Duration.ZERO);
        outcomes.record("slack", QuestionOutcomes.Outcome.DECLINED, Duration.ofMillis(100));

        assertThat(questions("discord", "answered")).isEqualTo(2);
        assertThat(questions("discord", "limited")).isEqualTo(1);
        assertThat(questions("slack", "declined")).isEqualTo(1);
        var discord = registry.find("reviewbot.chat.answer.latency").tag("platform", "discord").timer();
        assertThat(discord.count()).isEqualTo(2);
        assertThat(discord.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(800);
        assertThat(registry.find("reviewbot.chat.answer.latency").tag("platform", "slack").timer().count()).isEqualTo(1);
    }
}
