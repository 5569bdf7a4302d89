package dev.reviewbot.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Questions as Micrometer meters: {@code reviewbot.chat.questions} by platform and outcome, and
 * {@code reviewbot.chat.answer.latency}, a histogram by platform (Prometheus: _bucket, _sum, _count).
 */
public final class MeteredQuestionOutcomes implements QuestionOutcomes {

    private final MeterRegistry registry;

    public MeteredQuestionOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String platform, Outcome outcome, Duration took) {
        Counter.builder("reviewbot.chat.questions").description("Questions asked, by platform and what became of them")
                .tag("platform", platform).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
        if (outcome != Outcome.LIMITED) {
            Timer.builder("reviewbot.chat.answer.latency").description("Time from a question to its answer")
                    .tag("platform", platform).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry).record(took);
        }
    }
}
