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
 * numbers. One session per shard, as Discord keeps them: IDENTIFY names its shard ([shard_id,
 * num_shards], none meaning [0, 1]), READY lists that shard's guilds, and a guild's events go only to
 * the shard (guild_id >> 22) % num_shards; direct messages go to shard 0. Test controls (close, resume)
 * act on shard 0's session, the only one of an unsharded bot.
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
    private static final int INVALID_SHARD = 4010;
    private static final int SHARDING_REQUIRED = 4011;
    /** Close codes after which Discord will not resume the session. */
    private static final Set<Integer> SESSION_ENDING_CODES = Set.of(4007, 4009);

    private final FakeDiscordWorld world;
    private final DiscordPayloads payloads;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final Signal signal = new Signal();
    private final List<JsonNode> received = new ArrayList<>();

    /** One shard's gateway session. */
    private static final class Shard {
        WebSocket session;
        String sessionId;
        boolean resumable;
        long sequence;
    }

    // guarded by this
    private final Shard[] shards;
    private boolean rejectNextResume;
    private int refuseIdentifyWith;
    private int identifies;
    private int resumes;
    private long intents;

    FakeGateway(FakeDiscordWorld world, DiscordPayloads payloads) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.world = world;
        this.payloads = payloads;
        this.shards = new Shard[world.config.shards()];
        for (int i = 0; i < shards.length; i++) {
            shards[i] = new Shard();
        }
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

    /**
     * Sends a dispatch (op 0) with the next sequence number on the live session of the shard its guild
     * belongs to (shard 0 for events outside guilds).
     */
    synchronized void dispatch(String type, ObjectNode data) {
        String guild = data.path("guild_id").asText("");
        dispatch(shards[guild.isEmpty() ? 0 : world.shardOf(guild)], type, data);
    }

    private void dispatch(Shard shard, String type, ObjectNode data) {
        if (shard.session == null || !shard.session.isOpen()) {
            throw new IllegalStateException("No live gateway session to send " + type
                    + " on; await identifyCount/resumeCount first");
        }
        ObjectNode frame = DiscordPayloads.object().put("op", DISPATCH).put("t", type).put("s", ++shard.sequence);
        frame.set("d", data);
        send(shard.session, frame);
    }

    /** Drops the TCP connection without a close frame, as a network failure would. */
    synchronized void closeAbruptly() {
        WebSocket current = requireSession();
        shards[0].session = null;
        current.closeConnection(CloseFrame.ABNORMAL_CLOSE, "fake: connection dropped");
    }

    /** Closes the connection with a close frame; 4007 and 4009 also end the session. */
    synchronized void close(int code) {
        WebSocket current = requireSession();
        shards[0].session = null;
        if (SESSION_ENDING_CODES.contains(code)) {
            shards[0].resumable = false;
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

    /** The intents of the last IDENTIFY. */
    synchronized long intents() {
        return intents;
    }

    synchronized int identifyCount() {
        return identifies;
    }

    synchronized long lastSequence() {
        return shards[0].sequence;
    }

    /** The shards with a live session now. */
    synchronized java.util.Set<Integer> connectedShards() {
        java.util.Set<Integer> live = new java.util.TreeSet<>();
        for (int i = 0; i < shards.length; i++) {
            if (shards[i].session != null && shards[i].session.isOpen()) {
                live.add(i);
            }
        }
        return live;
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
            for (Shard shard : shards) {
                if (conn == shard.session) {
                    shard.session = null;
                }
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
        JsonNode shardField = d.path("shard");
        int shardId = shardField.isArray() ? shardField.path(0).asInt(-1) : 0;
        int shardCount = shardField.isArray() ? shardField.path(1).asInt(-1) : 1;
        if (shardCount != shards.length || shardId < 0 || shardId >= shardCount) {
            conn.close(shardField.isArray() ? INVALID_SHARD : SHARDING_REQUIRED,
                    shardField.isArray() ? "Invalid shard." : "Sharding required.");
            return;
        }
        Shard shard = shards[shardId];
        shard.session = conn;
        shard.sessionId = UUID.randomUUID().toString();
        shard.resumable = true;
        shard.sequence = 0;
        List<FakeDiscordWorld.Guild> guilds = world.guilds.stream().filter(g -> world.shardOf(g.id()) == shardId).toList();
        dispatch(shard, "READY", payloads.ready(shard.sessionId, url(), guilds));
        guilds.forEach(g -> dispatch(shard, "GUILD_CREATE", payloads.guildCreate(g)));
        identifies++;
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        Shard shard = java.util.Arrays.stream(shards).filter(s -> d.path("session_id").asText().equals(s.sessionId))
                .findFirst().orElse(null);
        boolean accepted = shard != null && shard.resumable && !rejectNextResume
                && world.config.token().equals(d.path("token").asText())
                && d.path("seq").asLong(-1) <= shard.sequence;
        rejectNextResume = false;
        if (accepted) {
            shard.session = conn;
            dispatch(shard, "RESUMED", DiscordPayloads.object());
        } else {
            if (shard != null) {
                shard.resumable = false;
            }
            send(conn, DiscordPayloads.object().put("op", INVALID_SESSION).put("d", false));
        }
        resumes++;
    }

    private synchronized void sendMembers(WebSocket conn) {
        Shard shard = shards[world.shardOf(world.guildId)];
        if (conn != shard.session) {
            return;
        }
        ObjectNode chunk = DiscordPayloads.object().put("guild_id", world.guildId)
                .put("chunk_index", 0).put("chunk_count", 1);
        world.members().forEach(m -> chunk.withArrayProperty("members").add(payloads.member(m, true)));
        dispatch(shard, "GUILD_MEMBERS_CHUNK", chunk);
    }

    private WebSocket requireSession() {
        if (shards[0].session == null) {
            throw new IllegalStateException("No live gateway session");
        }
        return shards[0].session;
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
