package dev.reviewbot.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side of the fake: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACKs, RESUME ->
 * RESUMED (nothing is replayed) or an invalid session, and dispatches with increasing sequence
 * numbers. One session at a time, like a single unsharded bot.
 */
final class FakeGateway extends WebSocketServer {

    private static final int DISPATCH = 0;
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int REQUEST_GUILD_MEMBERS = 8;
    private static final int INVALID_SESSION = 9;
    private static final int HELLO = 10;
    private static final int HEARTBEAT_ACK = 11;
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int DISALLOWED_INTENTS = 4014;
    /** The privileged MESSAGE_CONTENT intent: refused unless turned on in the portal (the fake's config). */
    static final long MESSAGE_CONTENT = 1L << 15;
    /** Close codes after which Discord will not resume the session. */
    private static final Set<Integer> SESSION_ENDING_CODES = Set.of(4007, 4009);

    private final FakeDiscordWorld world;
    private final DiscordPayloads payloads;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final Signal signal = new Signal();
    private final List<JsonNode> received = new ArrayList<>();

    // guarded by this
    private WebSocket session;
    private String sessionId;
    private boolean resumable;
    private boolean rejectNextResume;
    private int refuseIdentifyWith;
    private long sequence;
    private int identifies;
    private int resumes;
    private long intents;

    FakeGateway(FakeDiscordWorld world, DiscordPayloads payloads) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.world = world;
        this.payloads = payloads;
        setDaemon(true);
        setReuseAddr(true);
        setConnectionLostTimeout(0); // JDA's heartbeats are enough
    }

    /** Starts listening and waits until the port is bound. */
    FakeGateway startListening() {
        start();
        try {
            started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake gateway did not start", e);
        }
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    // ---- what tests do ----

    /** Sends a dispatch (op 0) with the next sequence number on the live session. */
    synchronized void dispatch(String type, ObjectNode data) {
        if (session == null || !session.isOpen()) {
            throw new IllegalStateException("No live gateway session to send " + type
                    + " on; await identifyCount/resumeCount first");
        }
        ObjectNode frame = DiscordPayloads.object().put("op", DISPATCH).put("t", type).put("s", ++sequence);
        frame.set("d", data);
        send(session, frame);
    }

    /** Drops the TCP connection without a close frame, as a network failure would. */
    synchronized void closeAbruptly() {
        WebSocket current = requireSession();
        session = null;
        current.closeConnection(CloseFrame.ABNORMAL_CLOSE, "fake: connection dropped");
    }

    /** Closes the connection with a close frame; 4007 and 4009 also end the session. */
    synchronized void close(int code) {
        WebSocket current = requireSession();
        session = null;
        if (SESSION_ENDING_CODES.contains(code)) {
            resumable = false;
        }
        current.close(code, "fake: closed by test");
    }

    /** Makes the next RESUME fail with an invalid session (op 9, d=false), so the client re-identifies. */
    synchronized void rejectNextResume() {
        rejectNextResume = true;
    }

    /** Closes the connection with {@code code} instead of answering IDENTIFY (4014: disallowed intents). */
    synchronized void refuseIdentifyWith(int code) {
        refuseIdentifyWith = code;
    }

    /** The intents of the live session's IDENTIFY. */
    synchronized long intents() {
        return intents;
    }

    synchronized int identifyCount() {
        return identifies;
    }

    synchronized long lastSequence() {
        return sequence;
    }

    synchronized int resumeCount() {
        return resumes;
    }

    void awaitIdentifyCount(int count, Duration timeout) {
        signal.await(() -> identifyCount() >= count ? true : null, timeout,
                () -> "expected " + count + " IDENTIFY, got " + identifyCount());
    }

    void awaitResumeCount(int count, Duration timeout) {
        signal.await(() -> resumeCount() >= count ? true : null, timeout,
                () -> "expected " + count + " RESUME, got " + resumeCount());
    }

    /** Drops every connection, then stops the server. */
    void shutdown() {
        getConnections().forEach(conn -> conn.closeConnection(CloseFrame.GOING_AWAY, "fake: shutting down"));
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every payload the client sent, in order. */
    List<JsonNode> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    // ---- WebSocketServer callbacks ----

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        ObjectNode hello = DiscordPayloads.object().put("op", HELLO);
        hello.putObject("d").put("heartbeat_interval", 41_250);
        send(conn, hello);
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode payload;
        try {
            payload = DiscordPayloads.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            conn.close(4002, "decode error");
            return;
        }
        synchronized (received) {
            received.add(payload);
        }
        switch (payload.path("op").asInt(-1)) {
            case HEARTBEAT -> send(conn, DiscordPayloads.object().put("op", HEARTBEAT_ACK));
            case IDENTIFY -> identify(conn, payload.path("d"));
            case RESUME -> resume(conn, payload.path("d"));
            case REQUEST_GUILD_MEMBERS -> sendMembers(conn);
            default -> { } // presence updates etc.: recorded only
        }
        signal.changed();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (this) {
            if (conn == session) {
                session = null;
            }
        }
        signal.changed();
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            started.completeExceptionally(ex);
        }
    }

    // ---- session handling ----

    private synchronized void identify(WebSocket conn, JsonNode d) {
        if (!world.config.token().equals(d.path("token").asText())) {
            conn.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        if (refuseIdentifyWith != 0) {
            conn.close(refuseIdentifyWith, "fake: identify refused");
            return;
        }
        long asked = d.path("intents").asLong();
        if ((asked & MESSAGE_CONTENT) != 0 && !world.config.messageContentEnabled()) {
            conn.close(DISALLOWED_INTENTS, "Disallowed intent(s).");
            return;
        }
        intents = asked;
        session = conn;
        sessionId = UUID.randomUUID().toString();
        resumable = true;
        sequence = 0;
        dispatch("READY", payloads.ready(sessionId, url()));
        dispatch("GUILD_CREATE", payloads.guildCreate());
        identifies++;
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        boolean accepted = resumable && !rejectNextResume
                && d.path("session_id").asText().equals(sessionId)
                && world.config.token().equals(d.path("token").asText())
                && d.path("seq").asLong(-1) <= sequence;
        rejectNextResume = false;
        if (accepted) {
            session = conn;
            dispatch("RESUMED", DiscordPayloads.object());
        } else {
            resumable = false;
            send(conn, DiscordPayloads.object().put("op", INVALID_SESSION).put("d", false));
        }
        resumes++;
    }

    private synchronized void sendMembers(WebSocket conn) {
        if (conn != session) {
            return;
        }
        ObjectNode chunk = DiscordPayloads.object().put("guild_id", world.guildId)
                .put("chunk_index", 0).put("chunk_count", 1);
        world.members().forEach(m -> chunk.withArrayProperty("members").add(payloads.member(m, true)));
        dispatch("GUILD_MEMBERS_CHUNK", chunk);
    }

    private WebSocket requireSession() {
        if (session == null) {
            throw new IllegalStateException("No live gateway session");
        }
        return session;
    }

    private static void send(WebSocket conn, JsonNode frame) {
        try {
            conn.send(DiscordPayloads.JSON.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (WebsocketNotConnectedException e) {
            // The client sent something (a heartbeat) as the connection was closing: nobody to answer.
        }
    }
}
