package dev.reviewbot.slack;

import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Socket Mode connection is really alive. Such connections are known to go silently dead
 * (java-slack-sdk issues 833 and 1256), so the maintainers' advice is followed: ask the client to ping Slack
 * ({@code verifyConnection()}, which waits for the pong) every {@code every}, and on every close at once.
 * Readiness reads the last result, never waiting on the network. The SDK's session monitor reconnects a dead
 * socket; if it is still dead after {@value #FAILURES_BEFORE_RECONNECT} probes, the probe reconnects itself.
 */
final class SocketModeProbe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SocketModeProbe.class);
    static final int FAILURES_BEFORE_RECONNECT = 3;

    private final SocketModeClient client;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger failures = new AtomicInteger();
    /** A socket closed since the last answered ping: down until a ping is answered again. */
    private volatile boolean closedSincePong;

    SocketModeProbe(SocketModeClient client, Duration every) {
        this.client = client;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reviewbot-slack-probe");
            thread.setDaemon(true);
            return thread;
        });
        client.addWebSocketCloseListener((code, reason) -> {
            closedSincePong = true;
            try {
                scheduler.execute(this::probe);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the probe is closed: the adapter is stopping
            }
        });
        scheduler.scheduleWithFixedDelay(this::probe, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Empty while the last ping was answered and no close came after it. */
    Optional<String> problem() {
        if (closedSincePong) {
            return Optional.of("socket closed; reconnecting");
        }
        if (failures.get() > 0) {
            return Optional.of("no pong from Slack for " + failures.get() + " probe(s)");
        }
        return Optional.empty();
    }

    private void probe() {
        try {
            if (client.verifyConnection()) {
                closedSincePong = false;
                failures.set(0);
                return;
            }
            if (failures.incrementAndGet() >= FAILURES_BEFORE_RECONNECT) {
                log.warn("Slack: the Socket Mode connection is still dead after {} probes; reconnecting", failures.get());
                failures.set(1);
                client.connectToNewEndpoint();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Slack: checking the Socket Mode connection failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
