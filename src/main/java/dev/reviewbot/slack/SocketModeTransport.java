package dev.reviewbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the app opens a websocket to Slack with the app-level token, so it needs no public URL.
 * Uses the Java-WebSocket backend (Bolt's default, Tyrus, is not on the classpath). A dropped socket is
 * reopened by the client's session monitor; {@link SocketModeProbe} checks that it is really alive.
 */
final class SocketModeTransport implements SlackTransport {

    private static final Logger log = LoggerFactory.getLogger(SocketModeTransport.class);

    private final Slack slack;
    private final String appToken;
    private final Duration connectTimeout;
    /** How often the connection is verified; the SDK's own session monitor looks every 5 s too. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(5);
    private SocketModeApp socketModeApp;
    private volatile SocketModeProbe probe;

    SocketModeTransport(Slack slack, String appToken, Duration connectTimeout) {
        this.slack = slack;
        this.appToken = appToken;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public String name() {
        return "slack (socket mode)";
    }

    @Override
    public void configure(AppConfig.AppConfigBuilder config) {
        // Socket Mode requests are not signed; AppConfig would otherwise read SLACK_SIGNING_SECRET itself.
        config.signingSecret(null);
    }

    @Override
    public synchronized void start(App app) throws Exception {
        // Ask once ourselves: Bolt's own failure here is an unhelpful "wss URL is absent".
        AppsConnectionsOpenResponse open = slack.methods(appToken).appsConnectionsOpen(r -> r);
        if (!open.isOk()) {
            throw new IllegalStateException("Slack refused SLACK_APP_TOKEN (" + open.getError()
                    + "): it must be an app-level token with the connections:write scope, and Socket Mode must be on");
        }
        socketModeApp = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socketModeApp.startAsync();
        awaitConnection(socketModeApp.getClient());
        probe = new SocketModeProbe(socketModeApp.getClient(), PROBE_EVERY);
    }

    @Override
    public Optional<String> problem() {
        SocketModeProbe current = probe;
        return current == null ? Optional.of("not connected") : current.problem();
    }

    private void awaitConnection(SocketModeClient client) throws InterruptedException {
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        // verifyConnection() pings and waits up to 3 s for the pong; it is false at once while still connecting.
        while (!client.verifyConnection()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Socket Mode connection to Slack did not open within " + connectTimeout);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public synchronized void close() {
        if (socketModeApp == null) {
            return;
        }
        SocketModeClient client = socketModeApp.getClient();
        if (probe != null) {
            probe.close();
            probe = null;
        }
        try {
            socketModeApp.stop();
            if (client != null) {
                client.close(); // stop() leaves the client's message processor and session monitor running
            }
        } catch (Exception e) {
            log.warn("Slack: closing the Socket Mode connection failed: {}", e.toString());
        } finally {
            socketModeApp = null;
        }
    }
}
