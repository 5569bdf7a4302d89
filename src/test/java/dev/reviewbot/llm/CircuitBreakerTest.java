package dev.reviewbot.llm;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The circuit breaker around the real OpenAI chat model and a fake server, with time moved by hand. */
class CircuitBreakerTest {

    private static final List<ChatMessage> HELLO = List.of(UserMessage.from("hello"));

    private final MutableClock clock = new MutableClock();
    private FakeModelServer server;
    private ModelGateway gateway;

    @BeforeEach
    void start() {
        server = new FakeModelServer();
        gateway = gateway(Duration.ofSeconds(10)); // ample: these tests are about failures, not time
    }

    /** Opens once both of the last two calls failed, for 30 s of the test's clock. */
    private ModelGateway gateway(Duration budget) {
        LlmConfig config = new LlmConfig(LlmConfig.Provider.OPENAI, server.openAiBaseUrl(), "fake-model", budget, 5,
                "maximumSize=10", 6, new LlmConfig.CircuitBreakerSettings(2, 50, Duration.ofSeconds(30)));
        return new ModelGateway(ChatModels.create(config, Optional.empty()), config.timeBudget(),
                config.circuitBreaker(), clock);
    }

    @AfterEach
    void stop() {
        gateway.close();
        server.close();
    }

    private ModelReply call() {
        return gateway.call(HELLO, gateway.budget());
    }

    @Test
    void opensAfterRepeatedFailures_soNoFurtherCallsReachTheServer_andClosesAfterATrialCall() {
        server.fail(500);

        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.ERROR));
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.ERROR));
        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        for (int i = 0; i < 5; i++) {
            assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.CIRCUIT_OPEN));
        }
        assertThat(server.requests()).hasSize(2);

        server.answer(r -> "back again [1]");
        clock.advance(Duration.ofSeconds(29));
        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.CIRCUIT_OPEN));
        assertThat(server.requests()).hasSize(2);

        clock.advance(Duration.ofSeconds(2));
        assertThat(call()).isEqualTo(new ModelReply.Text("back again [1]")); // the trial call
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
        assertThat(call()).isEqualTo(new ModelReply.Text("back again [1]"));
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void theCircuitsState_isAMeter_thatFollowsIt() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        gateway.bindTo(meters);
        assertThat(meters.scrape()).contains("resilience4j_circuitbreaker_state{name=\"llm\",state=\"closed\"} 1");

        server.fail(500);
        call();
        call();

        assertThat(meters.scrape()).contains("resilience4j_circuitbreaker_state{name=\"llm\",state=\"open\"} 1",
                "resilience4j_circuitbreaker_state{name=\"llm\",state=\"closed\"} 0");
    }

    @Test
    void aFailedTrialCall_opensTheCircuitAgain() {
        server.fail(503);
        call();
        call();
        clock.advance(Duration.ofSeconds(31));

        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.ERROR));
        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.CIRCUIT_OPEN));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void timeouts_countAsFailures() {
        gateway.close();
        gateway = gateway(Duration.ofMillis(500));
        server.answerSlowly(r -> "too late [1]", 3000);
        long start = System.nanoTime();

        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.TIMEOUT));
        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.TIMEOUT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        assertThat(call()).isEqualTo(new ModelReply.Failed(ModelReply.Failure.CIRCUIT_OPEN));
    }
}
