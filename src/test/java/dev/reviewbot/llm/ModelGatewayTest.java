package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The gateway every model call goes through, over an in-process fake model and a clock moved by hand: what
 * a call comes to when the model answers, errs, is slow or has failed repeatedly. No server, no bot.
 */
class ModelGatewayTest {

    private static final List<ChatMessage> HELLO = List.of(UserMessage.from("hello"));
    /** Opens once both of the last two calls failed, for 30 s of the test's clock. */
    private static final LlmConfig.CircuitBreakerSettings TWO_STRIKES =
            new LlmConfig.CircuitBreakerSettings(2, 50, Duration.ofSeconds(30));
    private static final Duration AMPLE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private ModelGateway gateway = model.gateway(AMPLE, TWO_STRIKES, clock);

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(ModelGateway.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(ModelGateway.class)).detachAppender(log);
        model.release();
        gateway.close();
    }

    private ModelReply call() {
        return gateway.call(HELLO, gateway.budget());
    }

    private List<String> logged() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static ModelReply failed(ModelReply.Failure why) {
        return new ModelReply.Failed(why);
    }

    @Test
    void anAnswer_isTheModelsText_fromAThreadThatCannotKeepTheBotRunning() throws InterruptedException {
        model.answering(sent -> "You said " + sent.user());
        // Asked from a thread that keeps the JVM running: a thread it starts would inherit that, unless told not to.
        ModelReply[] reply = new ModelReply[1];
        Thread caller = new Thread(() -> reply[0] = call());
        caller.setDaemon(false);
        caller.start();
        caller.join(AMPLE.toMillis());

        assertThat(reply[0]).isEqualTo(new ModelReply.Text("You said hello"));
        assertThat(model.requests()).singleElement().satisfies(sent -> {
            assertThat(sent.thread()).isNotSameAs(caller);
            assertThat(sent.thread().isDaemon()).isTrue();
        });
        assertThat(gateway.budget()).isEqualTo(AMPLE);
    }

    @Test
    void aReplyWithoutText_isAnEmptyAnswer_notAFailure() {
        model.answering(sent -> null); // no response at all, as a client may return for a tool call

        assertThat(call()).isEqualTo(new ModelReply.Text(""));
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
    }

    @Test
    void aModelThatAnswersEveryTime_keepsBeingAsked() {
        model.answering(sent -> "fine");

        for (int i = 0; i < 10; i++) {
            assertThat(call()).isEqualTo(new ModelReply.Text("fine"));
        }

        assertThat(model.requests()).hasSize(10);
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
    }

    @Test
    void aModelSlowerThanTheBudget_isAbandonedAtTheBudget() {
        gateway.close();
        gateway = model.gateway(Duration.ofMillis(200), TWO_STRIKES, clock);
        model.hanging();
        long start = System.nanoTime();

        assertThat(call()).isEqualTo(failed(ModelReply.Failure.TIMEOUT));

        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(took).isGreaterThanOrEqualTo(190).isLessThan(5_000);
        assertThat(logged()).singleElement().asString()
                .startsWith("model call failed after ").endsWith(" ms: over the budget of 200 ms")
                .satisfies(line -> assertThat(Long.parseLong(line.split(" ")[4])).isBetween(190L, took));
    }

    @Test
    void aShorterWaitThanTheBudget_isHonoured_andALongerOneIsCappedAtIt() {
        model.hanging();
        long start = System.nanoTime();

        assertThat(gateway.call(HELLO, Duration.ofMillis(100))).isEqualTo(failed(ModelReply.Failure.TIMEOUT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AMPLE);
        assertThat(logged()).singleElement().asString().endsWith("over the budget of 100 ms");

        gateway.close();
        gateway = model.gateway(Duration.ofMillis(100), TWO_STRIKES, clock);
        assertThat(gateway.call(HELLO, AMPLE)).isEqualTo(failed(ModelReply.Failure.TIMEOUT));
        assertThat(logged()).last().asString().endsWith("over the budget of 100 ms");
    }

    @Test
    void theClientsOwnTimeouts_countAsTheModelBeingSlow_howeverDeeplyWrapped() {
        List<RuntimeException> clientTimeouts = List.of(
                new dev.langchain4j.exception.TimeoutException("read timed out"),
                new RuntimeException(new HttpTimeoutException("request timed out")),
                new IllegalStateException("call failed", new RuntimeException(new SocketTimeoutException("read"))));
        gateway.close();
        gateway = model.gateway(AMPLE, new LlmConfig.CircuitBreakerSettings(100, 50, AMPLE), clock);

        for (RuntimeException timeout : clientTimeouts) {
            model.failing(timeout);
            assertThat(call()).as(timeout.toString()).isEqualTo(failed(ModelReply.Failure.TIMEOUT));
        }
    }

    @Test
    void anErrorFromTheServer_isAFailure_loggedByItsStatusOnly() {
        model.failing(new HttpException(401, "Incorrect API key provided: sk-echoed-secret-123. See the docs."));

        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));

        assertThat(logged()).singleElement().asString()
                .endsWith("ms: HttpException, HTTP 401")
                .doesNotContain("sk-echoed").doesNotContain("Incorrect");
    }

    @Test
    void anyOtherError_isLoggedByItsRootCausesFirstLine_cutShort() {
        model.failing(new IllegalStateException("wrapped",
                new java.io.UncheckedIOException(new java.io.IOException("connection refused\nat line two"))));
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));
        assertThat(logged()).last().asString().endsWith("ms: IOException: connection refused");

        model.failing(new IllegalArgumentException("x".repeat(300)));
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));
        assertThat(logged()).last().asString().endsWith("ms: IllegalArgumentException: " + "x".repeat(200));

        clock.advance(Duration.ofSeconds(31)); // the two errors opened the circuit
        model.failing(new IllegalStateException((String) null));
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));
        assertThat(logged()).last().asString().endsWith("ms: IllegalStateException: null");
    }

    @Test
    void afterRepeatedFailures_theModelIsLeftAloneForAWhile_thenOneTrialCallDecides() {
        model.failing(new HttpException(500, "down"));

        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.ERROR));
        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.CIRCUIT_OPEN));
        assertThat(model.requests()).hasSize(2);

        model.answering(sent -> "back");
        clock.advance(Duration.ofSeconds(29));
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.CIRCUIT_OPEN));
        clock.advance(Duration.ofSeconds(2));
        assertThat(call()).isEqualTo(new ModelReply.Text("back"));
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
        assertThat(model.requests()).hasSize(3);
    }

    @Test
    void timeouts_openTheCircuitToo() {
        gateway.close();
        gateway = model.gateway(Duration.ofMillis(50), TWO_STRIKES, clock);
        model.hanging();

        call();
        call();

        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        assertThat(call()).isEqualTo(failed(ModelReply.Failure.CIRCUIT_OPEN));
    }

    @Test
    void whenEveryThreadIsTakenByAbandonedCalls_theReplyIsBusy_andTheTrialCallIsNotLostToIt() throws InterruptedException {
        // As many calls as there are threads, each abandoned after a wait of a second (long enough for its thread
        // to reach the model; one abandoned sooner frees its thread): the model still hangs on every thread, and
        // the timeouts open the circuit.
        gateway.close();
        int threads = ModelGateway.MAX_CONCURRENT_CALLS;
        gateway = model.gateway(AMPLE, new LlmConfig.CircuitBreakerSettings(threads, 100, Duration.ofSeconds(30)), clock);
        model.hanging();
        List<Thread> callers = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread caller = new Thread(() -> gateway.call(HELLO, Duration.ofSeconds(1)));
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join(AMPLE.toMillis());
        }
        assertThat(model.requests()).hasSize(threads); // each call reached the model before it was abandoned
        assertThat(gateway.circuitState()).isEqualTo("OPEN");
        clock.advance(Duration.ofSeconds(31));

        // Time for a trial call, but no thread to make it on: overloaded, not down, and the trial is kept.
        Duration brief = Duration.ofMillis(100);
        assertThat(gateway.call(HELLO, brief)).isEqualTo(failed(ModelReply.Failure.BUSY));
        assertThat(gateway.call(HELLO, brief)).isEqualTo(failed(ModelReply.Failure.BUSY));
        assertThat(logged()).last().asString().isEqualTo("model call skipped: " + threads + " calls already in flight");

        model.release(); // the hanging calls end, their threads come free
        model.answering(sent -> "back");
        long deadline = System.nanoTime() + AMPLE.toNanos();
        ModelReply reply = call();
        while (reply.equals(failed(ModelReply.Failure.BUSY)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            reply = call();
        }
        assertThat(reply).isEqualTo(new ModelReply.Text("back"));
        assertThat(gateway.circuitState()).isEqualTo("CLOSED");
    }

    @Test
    void closing_interruptsACallStillWaitingForTheModel() throws InterruptedException {
        model.hanging();
        Thread caller = new Thread(this::call);
        caller.start();
        long deadline = System.nanoTime() + AMPLE.toNanos();
        while (model.requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        gateway.close();

        model.requests().get(0).thread().join(AMPLE.toMillis());
        assertThat(model.interrupted()).isTrue();
        caller.join(AMPLE.toMillis());
        assertThat(caller.isAlive()).isFalse();
    }

    @Test
    void theCircuitsState_isAMeter_thatFollowsIt() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        gateway.bindTo(meters);
        model.failing(new HttpException(503, "busy"));

        assertThat(state(meters, "closed")).isEqualTo(1);
        call();
        call();

        assertThat(state(meters, "open")).isEqualTo(1);
        assertThat(state(meters, "closed")).isEqualTo(0);
    }

    private static double state(SimpleMeterRegistry meters, String state) {
        return meters.get("resilience4j.circuitbreaker.state").tag("name", "llm").tag("state", state).gauge().value();
    }
}
