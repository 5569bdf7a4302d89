package dev.reviewbot.discord;

import dev.reviewbot.command.ChatServices;
import dev.reviewbot.command.CommandService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.RateLimiter;
import dev.reviewbot.config.DiscordConfig;
import dev.reviewbot.feedback.FeedbackLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@link DiscordAdapter} (and so the real JDA) over a real ReviewBot, connected to a fresh
 * {@link FakeDiscord}. Built with {@link #over(ReviewBot)}; close it in a finally block or @AfterEach: it
 * shuts JDA down, then the fake.
 */
final class DiscordTestBed implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /**
     * How long JDA may take to open a new session or resume one after the gateway drops it: its reconnect waits first
     * (a backoff of seconds), and on a loaded machine (two cores, a build beside it) that took more than {@link #WAIT}.
     * A patience, not a speed target: a reconnect that never comes still fails.
     */
    static final Duration RECONNECT_WAIT = Duration.ofSeconds(30);

    final FakeDiscord fake;
    final DiscordAdapter adapter;

    private DiscordTestBed(FakeDiscord fake, DiscordAdapter adapter) {
        this.fake = fake;
        this.adapter = adapter;
    }

    /** A bot over an empty in-memory library: for tests that change the library or need unusual reviews. */
    static ReviewBot emptyBot() {
        return ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
    }

    static Builder over(ReviewBot bot) {
        return new Builder(bot);
    }

    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            fake.close();
        }
    }

    // ---- what the bot sent ----

    /** The bot's reply to a message: the POST that references it (waits for it). */
    RecordedRequest awaitReplyTo(String channelId, String messageId) {
        return fake.awaitRequest(r -> r.is("POST", "/channels/" + channelId + "/messages")
                && r.body().at("/message_reference/message_id").asText().equals(messageId), WAIT);
    }

    /** How many replies to a message the bot sent so far. */
    long repliesTo(String messageId) {
        return fake.requests().stream().filter(r -> r.method().equals("POST") && r.route().endsWith("/messages")
                && r.body().at("/message_reference/message_id").asText().equals(messageId)).count();
    }

    /** The edit that fills in a deferred reply (waits for it). */
    RecordedRequest awaitEdit(FakeInteraction interaction) {
        return fake.awaitRequest("PATCH", interaction.originalMessageRoute(), WAIT);
    }

    /** The first answer to an interaction (a reply, a deferral, an autocomplete) (waits for it). */
    RecordedRequest awaitCallback(FakeInteraction interaction) {
        return fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
    }

    /** Every text a message payload shows: content, embed titles, descriptions, fields and footers. */
    static String text(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("content").asText(""));
        for (JsonNode embed : message.path("embeds")) {
            text.append('\n').append(embed.path("title").asText("")).append('\n')
                    .append(embed.path("description").asText(""));
            for (JsonNode field : embed.path("fields")) {
                text.append('\n').append(field.path("name").asText()).append(": ").append(field.path("value").asText());
            }
            text.append('\n').append(embed.at("/footer/text").asText(""));
        }
        return text.toString();
    }

    /** The custom ids of a message's buttons, in order. */
    static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                ids.add(component.path("custom_id").asText());
            }
        }
        return ids;
    }

    /** The custom id of the first button whose id starts with {@code prefix}. */
    static String buttonId(JsonNode message, String prefix) {
        return buttonIds(message).stream().filter(id -> id.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + prefix + "* in " + buttonIds(message)));
    }

    /** The stored message the bot replied to {@code messageId} with. */
    ObjectNode replyMessage(String messageId) {
        Optional<ObjectNode> reply = fake.botReplyTo(messageId);
        return reply.orElseThrow(() -> new AssertionError("no reply to " + messageId));
    }

    static final class Builder {
        private final ReviewBot bot;
        private List<String> guildIds;
        private int maxAttachmentBytes = 1 << 20;
        private int reviewsPerPage = 10;
        private RateLimiter rateLimiter;
        private FeedbackLog feedback;
        private String token;

        private Builder(ReviewBot bot) {
            this.bot = bot;
        }

        /** Register commands globally instead of in the fake's guild. */
        Builder global() {
            guildIds = List.of();
            return this;
        }

        Builder maxAttachmentBytes(int bytes) {
            maxAttachmentBytes = bytes;
            return this;
        }

        Builder reviewsPerPage(int lines) {
            reviewsPerPage = lines;
            return this;
        }

        Builder questionsPerMinute(int perMinute) {
            rateLimiter = new RateLimiter(perMinute);
            return this;
        }

        Builder feedback(FeedbackLog log) {
            feedback = log;
            return this;
        }

        /** The token the adapter uses (the fake accepts only its own). */
        Builder token(String value) {
            token = value;
            return this;
        }

        /** Starts the fake, then the adapter (login, READY, command registration). */
        DiscordTestBed start() throws Exception {
            FakeDiscord fake = FakeDiscord.start();
            try {
                DiscordAdapter adapter = adapter(fake);
                adapter.start();
                return new DiscordTestBed(fake, adapter);
            } catch (Exception | AssertionError e) {
                fake.close();
                throw e;
            }
        }

        /** The adapter, configured for the fake, not started. */
        DiscordAdapter adapter(FakeDiscord fake) {
            // One answer thread: questions are answered in the order they came, so "exactly once" is checkable.
            DiscordConfig config = new DiscordConfig(guildIds != null ? guildIds : List.of(fake.guildId()),
                    fake.restBaseUrl(), fake.gatewayUrl(), maxAttachmentBytes, reviewsPerPage, 1);
            ChatServices services = bot.chatServices();
            if (rateLimiter != null || feedback != null) {
                CommandService.State state = services.commands().state();
                services = services.with(new CommandService.State(rateLimiter != null ? rateLimiter : state.rateLimits(),
                        state.recentAnswers(), state.votes(), feedback != null ? feedback : state.feedback(), state.clock()));
            }
            return new DiscordAdapter(token != null ? token : fake.token(), config, services, Duration.ZERO);
        }
    }

    /** Environment for {@link dev.reviewbot.app.ChatAdapters}: the token and the fake's URLs. */
    static Map<String, String> environment(FakeDiscord fake) {
        return Map.of("DISCORD_TOKEN", fake.token(), "DISCORD_API_URL", fake.restBaseUrl(),
                "DISCORD_GATEWAY_URL", fake.gatewayUrl(), "DISCORD_GUILD_IDS", fake.guildId());
    }
}
