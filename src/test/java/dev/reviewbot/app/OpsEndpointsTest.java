package dev.reviewbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.TestBots;
import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.discord.FakeDiscord;
import dev.reviewbot.discord.RecordedRequest;
import dev.reviewbot.slack.FakeSlack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ops port of a running bot: the real JDA and the real Bolt (Socket Mode) connected to the fake Discord and
 * Slack, a question asked on Discord, and each connection dropped: readiness turns 503, naming it, and back to
 * 200 once the client has reconnected by itself.
 */
class OpsEndpointsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static FakeDiscord discord;
    private static FakeSlack slack;
    private static ReviewBot bot;
    private static Operations ops;
    private static List<ChatAdapter> adapters;

    @BeforeAll
    static void startBot() throws Exception {
        discord = FakeDiscord.start();
        slack = FakeSlack.start();
        Map<String, String> environment = Map.of("DISCORD_TOKEN", discord.token(),
                "DISCORD_API_URL", discord.restBaseUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "DISCORD_GUILD_IDS", discord.guildId(), "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN, "SLACK_API_URL", slack.apiUrl(),
                "REVIEWBOT_LIMITS_QUESTIONS_PER_MINUTE", "2");
        bot = TestBots.bundled(environment);
        ops = Operations.onFreePort(bot);
        adapters = ChatAdapters.fromEnvironment(bot, environment);
        adapters.forEach(ops::watch);
        assertThat(get("/readyz").statusCode()).as("not ready before the connections start").isEqualTo(503);
        for (ChatAdapter adapter : adapters) {
            adapter.start();
        }
    }

    @AfterAll
    static void stop() {
        if (ops != null) {
            ops.stop(adapters);
        }
        if (discord != null) {
            discord.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void healthz_isUp_andReadyz_namesEveryCheck() throws Exception {
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"ready\"", "\"library\":\"up\"", "\"discord\":\"up\"",
                "\"slack (socket mode)\":\"up\"");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void metrics_countQuestionsByPlatformAndOutcome_andShowCachesJvmGatewayAndLibrary() throws Exception {
        String asker = discord.user().id();
        String mention = discord.bot().mention();
        awaitReplyTo(discord.sendGuildMessage(asker, mention + " how is the acting in Ballerina?"));
        awaitReplyTo(discord.sendGuildMessage(asker, mention + " what is the box office of Ballerina?"));
        awaitReplyTo(discord.sendGuildMessage(asker, mention + " and the writing?")); // over 2 a minute

        String metrics = get("/metrics").body();

        assertThat(metrics).contains(
                "reviewbot_chat_questions_total{outcome=\"answered\",platform=\"discord\"} 1.0",
                "reviewbot_chat_questions_total{outcome=\"declined\",platform=\"discord\"} 1.0",
                "reviewbot_chat_questions_total{outcome=\"limited\",platform=\"discord\"} 1.0",
                "reviewbot_chat_answer_latency_seconds_bucket{platform=\"discord\",le=",
                "reviewbot_chat_answer_latency_seconds_count{platform=\"discord\"} 2",
                "cache_gets_total{cache=\"answers\",result=\"miss\"}", "cache_size{cache=\"embeddings\"}",
                "jvm_threads_live_threads", "jvm_memory_used_bytes", "process_uptime_seconds",
                "reviewbot_discord_gateway_ping_seconds", "reviewbot_library_reviews 8.0", "reviewbot_library_version");
        assertThat(get("/metrics").headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void aDroppedSlackSocket_turnsReadinessTo503_untilTheClientReconnects() {
        slack.socketMode().dropClients();

        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            HttpResponse<String> ready = get("/readyz");
            return ready.statusCode() == 503 && ready.body().contains("slack (socket mode)")
                    && ready.body().contains("\"discord\":\"up\"");
        });
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> get("/readyz").statusCode() == 200);
    }

    @Test
    void aDroppedDiscordGateway_turnsReadinessTo503_untilJdaIsConnectedAgain() {
        // A resumed session is back within milliseconds on loopback; a refused resume makes JDA wait (1-5 s, as
        // Discord asks) before identifying anew: long enough to see.
        discord.rejectNextResume();
        discord.closeGateway(4000);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            HttpResponse<String> ready = get("/readyz");
            return ready.statusCode() == 503 && ready.body().contains("\"discord\":\"gateway ");
        });
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> get("/readyz").statusCode() == 200);
    }

    private static RecordedRequest awaitReplyTo(String messageId) {
        return discord.awaitRequest(r -> r.is("POST", "/channels/" + discord.channelId() + "/messages")
                && r.body().at("/message_reference/message_id").asText().equals(messageId), WAIT);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
