package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fake Socket Mode server on 127.0.0.1. {@link FakeSlack} hands out {@link #url()} from
 * {@code apps.connections.open}. It greets every connection with {@code hello}, sends envelopes to the
 * newest open connection and records the acks the client sends back.
 */
public final class FakeSocketMode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakeSocketMode.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final Object lock = new Object();
    private final List<WebSocket> openConnections = new ArrayList<>(); // guarded by lock, oldest first
    private final List<JsonNode> received = new ArrayList<>();        // guarded by lock
    private int connectionCount;                                       // guarded by lock

    private FakeSocketMode(Server server) {
        this.server = server;
    }

    /** Starts the server on an ephemeral port and waits until it listens. */
    public static FakeSocketMode start() {
        Server server = new Server();
        FakeSocketMode fake = new FakeSocketMode(server);
        server.owner = fake;
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return fake;
    }

    /** The URL apps.connections.open returns: {@code ws://127.0.0.1:P/link/?ticket=...}. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=" + UUID.randomUUID();
    }

    /** How many connections were opened so far (reconnects count). */
    public int connectionCount() {
        synchronized (lock) {
            return connectionCount;
        }
    }

    /** Blocks until at least {@code count} connections have been opened in total. */
    public void awaitConnections(int count, Duration timeout) {
        awaitCondition(() -> connectionCount >= count, timeout,
                () -> "Expected " + count + " Socket Mode connections, saw " + connectionCount);
    }

    /** How many connections are open now. */
    public int openConnectionCount() {
        return snapshotOpen().size();
    }

    /** Blocks until exactly {@code count} connections are open (0: every client has gone). */
    public void awaitOpenConnections(int count, Duration timeout) {
        awaitCondition(() -> openConnections.size() == count, timeout,
                () -> "Expected " + count + " open Socket Mode connections, saw " + openConnections.size());
    }

    /** Sends an envelope ("events_api", "slash_commands", "interactive") and returns its envelope_id. */
    public String sendEnvelope(String type, String payloadJson) {
        return sendEnvelope(type, payloadJson, null, null);
    }

    /** Sends an envelope marked as a retry (Bolt turns these into X-Slack-Retry-Num/-Reason). */
    public String sendEnvelope(String type, String payloadJson, Integer retryAttempt, String retryReason) {
        return sendEnvelopeTo(-1, type, payloadJson, retryAttempt, retryReason);
    }

    /**
     * Sends an envelope on one of several open connections (0: the oldest; -1: the newest), as Slack
     * spreads an app's events over every connection it has open, e.g. one per process.
     */
    public String sendEnvelopeTo(int connection, String type, String payloadJson, Integer retryAttempt,
                                 String retryReason) {
        String envelopeId = UUID.randomUUID().toString();
        ObjectNode envelope = JSON.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", type)
                .put("accepts_response_payload", !"events_api".equals(type));
        try {
            envelope.set("payload", JSON.readTree(payloadJson));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + payloadJson, e);
        }
        if (retryAttempt != null) {
            envelope.put("retry_attempt", retryAttempt);
        }
        if (retryReason != null) {
            envelope.put("retry_reason", retryReason);
        }
        (connection < 0 ? newestConnection() : snapshotOpen().get(connection)).send(envelope.toString());
        return envelopeId;
    }

    /** Waits for the client's ack of an envelope: {@code {"envelope_id":...}} plus "payload" when Bolt gave one. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        awaitCondition(() -> (found[0] = firstAck(envelopeId)) != null, timeout,
                () -> "No ack for envelope " + envelopeId + "; received: " + received);
        return found[0];
    }

    /** Every ack received so far for an envelope (more than one means it was acked twice). */
    public List<JsonNode> acksFor(String envelopeId) {
        synchronized (lock) {
            return received.stream().filter(m -> envelopeId.equals(m.path("envelope_id").asText(null))).toList();
        }
    }

    /** Asks every client to reconnect, as Slack does: {@code {"type":"disconnect","reason":"refresh_requested"}}. */
    public void disconnectClients() {
        String message = "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}";
        for (WebSocket connection : snapshotOpen()) {
            connection.send(message);
        }
    }

    /** Closes every socket without warning (code 1006): the client must notice and reconnect by itself. */
    public void dropClients() {
        for (WebSocket connection : snapshotOpen()) {
            connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake");
        }
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- internals

    private JsonNode firstAck(String envelopeId) {
        for (JsonNode message : received) {
            if (envelopeId.equals(message.path("envelope_id").asText(null))) {
                return message;
            }
        }
        return null;
    }

    private WebSocket newestConnection() {
        synchronized (lock) {
            if (openConnections.isEmpty()) {
                throw new IllegalStateException("No Socket Mode client is connected");
            }
            return openConnections.get(openConnections.size() - 1);
        }
    }

    private List<WebSocket> snapshotOpen() {
        synchronized (lock) {
            return List.copyOf(openConnections);
        }
    }

    private void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout,
                                java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AssertionError(failure.get());
                }
                try {
                    lock.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted", e);
                }
            }
        }
    }

    private void opened(WebSocket connection) {
        int count;
        synchronized (lock) {
            openConnections.add(connection);
            count = ++connectionCount;
            lock.notifyAll();
        }
        connection.send("{\"type\":\"hello\",\"num_connections\":" + snapshotOpen().size()
                + ",\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060},"
                + "\"connection_info\":{\"app_id\":\"" + FakeSlack.APP_ID + "\"}}");
        log.debug("Socket Mode connection #{} opened", count);
    }

    private void closed(WebSocket connection) {
        synchronized (lock) {
            openConnections.remove(connection);
            lock.notifyAll();
        }
    }

    private void receivedText(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            log.warn("The Socket Mode client sent something that is not JSON: {}", message);
            return;
        }
        synchronized (lock) {
            received.add(node);
            lock.notifyAll();
        }
    }

    /** The Java-WebSocket server; forwards its callbacks to the owning fake. */
    private static final class Server extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);
        private FakeSocketMode owner;

        Server() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            owner.opened(connection);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            owner.closed(connection);
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            owner.receivedText(message);
        }

        @Override
        public void onError(WebSocket connection, Exception e) {
            log.debug("Socket Mode connection error", e);
        }
    }
}
