package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketCloseListener;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The probe behind Socket Mode readiness, over a client that answers pings or not as told: a close is noticed
 * at once, and a connection that stays dead is reopened by the probe itself (the end-to-end drop, with the real
 * Bolt and the fake Slack, is in app.OpsEndpointsTest).
 */
class SocketModeProbeTest {

    private final AtomicBoolean alive = new AtomicBoolean(true);
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicReference<WebSocketCloseListener> onClose = new AtomicReference<>();

    /** Only what the probe uses: verifyConnection, connectToNewEndpoint, addWebSocketCloseListener. */
    private SocketModeClient client() {
        return (SocketModeClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SocketModeClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "verifyConnection" -> alive.get();
                    case "connectToNewEndpoint" -> {
                        reconnects.incrementAndGet();
                        yield null;
                    }
                    case "addWebSocketCloseListener" -> {
                        onClose.set((WebSocketCloseListener) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aClose_isDownAtOnce_andUpAgainOnceAPingIsAnswered() {
        try (SocketModeProbe probe = new SocketModeProbe(client(), Duration.ofMillis(50))) {
            assertThat(probe.problem()).isEmpty();

            alive.set(false);
            onClose.get().handle(1006, "dropped");
            assertThat(probe.problem()).hasValueSatisfying(p -> assertThat(p).contains("closed"));

            alive.set(true);
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.problem().isEmpty());
        }
    }

    @Test
    void aConnectionThatStaysDead_isReopenedByTheProbe() {
        try (SocketModeProbe probe = new SocketModeProbe(client(), Duration.ofMillis(20))) {
            alive.set(false);

            await().atMost(Duration.ofSeconds(5)).until(() -> reconnects.get() >= 1);
            assertThat(probe.problem()).hasValueSatisfying(p -> assertThat(p).contains("no pong"));
        }
    }
}
