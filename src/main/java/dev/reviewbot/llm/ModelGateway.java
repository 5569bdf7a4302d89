package dev.reviewbot.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to the chat model goes through here: on a thread of its own so that it can be abandoned
 * when the time budget runs out, and through a circuit breaker so that after repeated failures users stop
 * waiting for a model that is down. Never throws: a failed call is a {@link ModelReply.Failed}.
 */
public final class ModelGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelGateway.class);
    /** Calls in flight at most; beyond that the extractive answer is immediate rather than queued. */
    static final int MAX_CONCURRENT_CALLS = 16;

    private final ChatModel model;
    private final Duration budget;
    private final CircuitBreakerRegistry breakers;
    private final CircuitBreaker breaker;
    private final ThreadPoolExecutor executor;

    /**
     * @param budget the longest a call may take; the model's own HTTP timeout should be the same, so an
     *               abandoned call also ends on its thread
     * @param clock  what the circuit breaker measures its open time with (tests move it on)
     */
    public ModelGateway(ChatModel model, Duration budget, LlmConfig.CircuitBreakerSettings settings, Clock clock) {
        this.model = model;
        this.budget = budget;
        // From a registry of its own: resilience4j's Micrometer binder watches registries (bindTo).
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.window())
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                // A call past the budget is already recorded as a failure (a timeout): slowness alone is not.
                .slowCallDurationThreshold(budget.plusSeconds(1))
                .clock(clock)
                .build());
        this.breaker = breakers.circuitBreaker("llm");
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, MAX_CONCURRENT_CALLS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "llm-call-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public Duration budget() {
        return budget;
    }

    /** Sends the messages; waits at most {@code timeout} (capped at the budget). */
    ModelReply call(List<ChatMessage> messages, Duration timeout) {
        if (!breaker.tryAcquirePermission()) {
            return new ModelReply.Failed(ModelReply.Failure.CIRCUIT_OPEN);
        }
        long limit = Math.min(timeout.toMillis(), budget.toMillis());
        long start = System.nanoTime();
        CompletableFuture<ChatResponse> call;
        try {
            call = CompletableFuture.supplyAsync(() -> model.chat(messages), executor);
        } catch (RejectedExecutionException e) {
            breaker.releasePermission();
            LOG.warn("model call skipped: {} calls already in flight", MAX_CONCURRENT_CALLS);
            return new ModelReply.Failed(ModelReply.Failure.BUSY);
        }
        try {
            ChatResponse response = call.orTimeout(limit, TimeUnit.MILLISECONDS).join();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            return new ModelReply.Text(text == null ? "" : text);
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
            call.cancel(true);
            boolean timedOut = isTimeout(cause);
            LOG.warn("model call failed after {} ms: {}", (System.nanoTime() - start) / 1_000_000,
                    timedOut ? "over the budget of " + limit + " ms" : describe(cause));
            return new ModelReply.Failed(timedOut ? ModelReply.Failure.TIMEOUT : ModelReply.Failure.ERROR);
        }
    }

    /**
     * Our own deadline, or the HTTP client's: both are set to the budget, and whichever fires first, the
     * model was too slow.
     */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What went wrong, for the log. An HTTP error is logged by status only: servers echo parts of the
     * request in error bodies (OpenAI's names a masked API key), and nothing of a secret is ever logged.
     */
    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return failure.getClass().getSimpleName() + ", HTTP " + http.statusCode();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + (message.length() > 200 ? message.substring(0, 200) : message);
    }

    /** The circuit breaker's state, calls and failure rate as meters (resilience4j's own binder). */
    public void bindTo(io.micrometer.core.instrument.MeterRegistry registry) {
        io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers)
                .bindTo(registry);
    }

    /** "CLOSED", "OPEN", "HALF_OPEN": for logs, stats and tests. */
    public String circuitState() {
        return breaker.getState().name();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
