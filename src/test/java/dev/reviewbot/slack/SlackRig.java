package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The real SlackAdapter (real Bolt) against {@link FakeSlack}, in either mode, with one way to send Slack's
 * requests: over signed HTTP to /slack/events, or as Socket Mode envelopes. Close it in a finally block.
 */
final class SlackRig implements AutoCloseable {

    enum Mode { SOCKET_MODE, HTTP }

    /** What came back for a request: the HTTP status (200 for an acked envelope) and body or ack payload. */
    record Ack(int status, String body) {
    }

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicLong IDS = new AtomicLong();

    final Mode mode;
    final FakeSlack fake;
    final ReviewBot bot;
    final TrackedWorkers workers = new TrackedWorkers();
    final SlackAdapter adapter;
    private SlackRequests requests;
    /** Whether closing the rig closes the fake too (not when several rigs, "processes", share it). */
    private final boolean ownsFake;
    /** Which open Socket Mode connection this rig's envelopes go to; -1: the newest. */
    private int socketConnection = -1;

    private SlackRig(Mode mode, FakeSlack fake, ReviewBot bot, BotConfig.SlackConfig config, boolean ownsFake) {
        this.mode = mode;
        this.fake = fake;
        this.bot = bot;
        this.ownsFake = ownsFake;
        SlackCredentials credentials = mode == Mode.SOCKET_MODE
                ? new SlackCredentials.SocketMode(FakeSlack.BOT_TOKEN, FakeSlack.APP_TOKEN)
                : new SlackCredentials.Http(FakeSlack.BOT_TOKEN, FakeSlack.SIGNING_SECRET);
        this.adapter = new SlackAdapter(bot.chatServices(), credentials, config, workers, Clock.systemUTC());
    }

    static SlackRig start(Mode mode) throws Exception {
        return start(mode, SharedBot.get(), config -> config);
    }

    /** @param tweak changes the Slack settings pointed at the fake (port 0, the fake's API URL) */
    static SlackRig start(Mode mode, ReviewBot bot, UnaryOperator<BotConfig.SlackConfig> tweak) throws Exception {
        return start(mode, FakeSlack.start(), true, bot, tweak);
    }

    /**
     * Another process of the same Slack app, on a fake that other rigs share (closing the rig leaves the
     * fake open). In Socket Mode the rig's envelopes go to its own connection, as Slack spreads events.
     */
    static SlackRig join(Mode mode, FakeSlack fake, ReviewBot bot) throws Exception {
        int openBefore = mode == Mode.SOCKET_MODE ? fake.socketMode().openConnectionCount() : 0;
        SlackRig rig = start(mode, fake, false, bot, config -> config);
        if (mode == Mode.SOCKET_MODE) {
            fake.socketMode().awaitOpenConnections(openBefore + 1, WAIT);
            rig.socketConnection = openBefore;
        }
        return rig;
    }

    private static SlackRig start(Mode mode, FakeSlack fake, boolean ownsFake, ReviewBot bot,
                                  UnaryOperator<BotConfig.SlackConfig> tweak) throws Exception {
        BotConfig.SlackConfig config = tweak.apply(new BotConfig.SlackConfig(0, fake.apiUrl(), List.of(), true));
        SlackRig rig = new SlackRig(mode, fake, bot, config, ownsFake);
        try {
            rig.adapter.start();
            if (mode == Mode.HTTP) {
                rig.requests = new SlackRequests(URI.create("http://127.0.0.1:" + rig.adapter.httpPort()
                        + HttpTransport.PATH), FakeSlack.SIGNING_SECRET);
            }
            return rig;
        } catch (Exception | AssertionError e) {
            rig.close();
            throw e;
        }
    }

    /** A fresh id with a prefix ("U", "C", "D") so tests never share users, channels or rate limits. */
    static String id(String prefix) {
        return prefix + "0T" + IDS.incrementAndGet();
    }

    SlackRequests http() {
        if (requests == null) {
            throw new IllegalStateException("HTTP requests need Mode.HTTP");
        }
        return requests;
    }

    Ack event(String eventCallback) {
        return mode == Mode.HTTP ? ack(http().event(eventCallback)) : envelope("events_api", eventCallback, null);
    }

    /** The same event again, as Slack retries it (X-Slack-Retry-Num, or retry_attempt in the envelope). */
    Ack eventRetry(String eventCallback, int attempt) {
        return mode == Mode.HTTP ? ack(http().eventRetry(eventCallback, attempt, "http_timeout"))
                : envelope("events_api", eventCallback, attempt);
    }

    Ack slashCommand(Map<String, String> form) {
        return mode == Mode.HTTP ? ack(http().slashCommand(form))
                : envelope("slash_commands", SlackPayloads.toJson(form), null);
    }

    Ack interaction(String payloadJson) {
        return mode == Mode.HTTP ? ack(http().interaction(payloadJson)) : envelope("interactive", payloadJson, null);
    }

    /** The first chat.postMessage to a channel, waiting for it. */
    RecordedCall awaitPost(String channel) {
        return fake.awaitCall(call -> call.isTo("chat.postMessage") && channel.equals(call.param("channel")), WAIT);
    }

    /** The n-th (from 1) chat.postMessage to a channel, waiting for it. */
    RecordedCall awaitPost(String channel, int n) {
        fake.awaitCall(call -> postsTo(channel).size() >= n, WAIT);
        return postsTo(channel).get(n - 1);
    }

    /** The first chat.update of a message in a channel, waiting for it. */
    RecordedCall awaitUpdate(String channel) {
        return fake.awaitCall(call -> call.isTo("chat.update") && channel.equals(call.param("channel")), WAIT);
    }

    List<RecordedCall> postsTo(String channel) {
        return fake.callsTo("chat.postMessage").stream().filter(call -> channel.equals(call.param("channel"))).toList();
    }

    /** The first call to a response_url made by {@link FakeSlack#responseUrl(String)}. */
    RecordedCall awaitResponse(String responseId) {
        return fake.awaitCall("/response/" + responseId, WAIT);
    }

    List<RecordedCall> responses(String responseId) {
        return fake.callsTo("/response/" + responseId);
    }

    /** Waits until every job queued after an ack has run. */
    void awaitIdle() {
        workers.awaitIdle(WAIT);
    }

    private Ack envelope(String type, String payload, Integer retryAttempt) {
        FakeSocketMode socket = fake.socketMode();
        String envelopeId = socket.sendEnvelopeTo(socketConnection, type, payload, retryAttempt,
                retryAttempt == null ? null : "timeout");
        JsonNode ack = socket.awaitAck(envelopeId, WAIT);
        return new Ack(200, ack.path("payload").toString());
    }

    private static Ack ack(HttpResponse<String> response) {
        return new Ack(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            if (ownsFake) {
                fake.close();
            }
        }
    }
}
