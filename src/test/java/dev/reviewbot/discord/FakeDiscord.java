package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A fake Discord on 127.0.0.1 that the real JDA connects to: a gateway websocket and the REST API,
 * with one guild, one text channel with a thread, the bot, an admin (Manage Server) and a normal user.
 *
 * <p>Point JDA at {@link #restBaseUrl()} (RestConfig.setBaseUrl) and {@link #gatewayUrl()}
 * (SessionController.getGateway); the discord section of the config does both. The fake sends text
 * frames, which JDA reads whatever compression it asked for. Inject events with the {@code send...}
 * methods once JDA is connected; check what the bot did with {@link #awaitRequest}, which returns once
 * the fake has answered the request. Every REST request is recorded; unknown routes get a 404 too.
 */
public final class FakeDiscord implements AutoCloseable {

    private final FakeDiscordWorld world;
    private final DiscordPayloads payloads;
    private final InteractionPayloads interactions;
    private final FakeGateway gateway;
    private final DiscordRestRoutes routes;
    private final FakeDiscordRest rest;
    private final Map<String, ObjectNode> delivered = new java.util.concurrent.ConcurrentHashMap<>();

    private FakeDiscord(FakeDiscordConfig config) {
        world = new FakeDiscordWorld(config);
        payloads = new DiscordPayloads(world);
        interactions = new InteractionPayloads(world, payloads);
        gateway = new FakeGateway(world, payloads).startListening();
        routes = new DiscordRestRoutes(world, payloads, gateway::url);
        rest = new FakeDiscordRest(routes);
    }

    public static FakeDiscord start() {
        return start(FakeDiscordConfig.defaults());
    }

    public static FakeDiscord start(FakeDiscordConfig config) {
        return new FakeDiscord(config);
    }

    // ---- where JDA connects ----

    /** {@code http://127.0.0.1:P/api/v10/}, for RestConfig.setBaseUrl. */
    public String restBaseUrl() {
        return rest.origin() + RecordedRequest.API_PREFIX + "/";
    }

    /** {@code ws://127.0.0.1:G/}, for SessionController.getGateway; READY's resume_gateway_url too. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String token() {
        return world.config.token();
    }

    // ---- the world ----

    public String applicationId() {
        return world.applicationId;
    }

    public String guildId() {
        return world.guildId;
    }

    public String channelId() {
        return world.channelId;
    }

    /** A second text channel, "other". */
    public String otherChannelId() {
        return world.otherChannelId;
    }

    /** The second text channel as a CHANNEL option value. */
    public FakeChannel otherChannel() {
        return new FakeChannel(world.otherChannelId, "other");
    }

    /** Every guild the bot is in (one unless the config asks for more), the first being {@link #guildId}. */
    public List<String> guildIds() {
        return world.guilds.stream().map(FakeDiscordWorld.Guild::id).toList();
    }

    /** The text channel of a guild. */
    public String channelOf(String guildId) {
        return world.requireGuild(guildId).channelId();
    }

    /** The shard Discord sends a guild's events to. */
    public int shardOf(String guildId) {
        return world.shardOf(guildId);
    }

    /** A public thread in the text channel. */
    public String threadId() {
        return world.threadId;
    }

    public FakeUser bot() {
        return world.bot;
    }

    /** A member with the Manage Server permission. */
    public FakeUser admin() {
        return world.admin;
    }

    /** A member with no special permission. */
    public FakeUser user() {
        return world.user;
    }

    /** The DM channel between the bot and a user (the same one POST /users/@me/channels returns). */
    public String dmChannelId(String userId) {
        return world.dmChannelOf(userId);
    }

    /** A file served by the fake at {@code http://127.0.0.1:P/attachments/{id}/{filename}}. */
    public FakeAttachment attachment(String filename, String contentType, byte[] content) {
        String id = Snowflakes.nextId();
        String url = rest.origin() + "/attachments/" + id + "/"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        FakeAttachment attachment = new FakeAttachment(id, filename, contentType, content.clone(), url, Duration.ZERO,
                content.length);
        routes.serve(attachment);
        return attachment;
    }

    /** Serves {@code attachment} as changed (a slow drip, a declared size that lies) from now on. */
    public FakeAttachment serve(FakeAttachment attachment) {
        routes.serve(attachment);
        return attachment;
    }

    // ---- events the bot receives ----

    /** A member writes in the guild channel; {@code <@id>} in content become mentions. Returns the message id. */
    public String sendGuildMessage(String userId, String content) {
        return sendGuildMessage(userId, content, List.of());
    }

    public String sendGuildMessage(String userId, String content, List<FakeAttachment> attachments) {
        return sendMessage(payloads.guildMessage(world.requireUser(userId), content, attachments));
    }

    /** A member writes in the second text channel. Returns the message id. */
    public String sendOtherChannelMessage(String userId, String content) {
        return sendMessage(payloads.guildMessage(world.otherChannelId, world.requireUser(userId), content, List.of()));
    }

    /** A member writes in a guild's text channel; the event goes to that guild's shard. Returns the message id. */
    public String sendGuildMessageIn(String guildId, String userId, String content) {
        return sendMessage(payloads.guildMessage(channelOf(guildId), world.requireUser(userId), content, List.of()));
    }

    /** A member writes in the thread. Returns the message id. */
    public String sendThreadMessage(String userId, String content) {
        return sendMessage(payloads.guildMessage(world.threadId, world.requireUser(userId), content, List.of()));
    }

    /** A user writes to the bot in private. Returns the message id. */
    public String sendDirectMessage(String userId, String content) {
        return sendMessage(payloads.directMessage(world.requireUser(userId), content, List.of()));
    }

    /**
     * A member runs a slash command in the guild channel. {@code commandPath} is the full name, e.g.
     * "review" or "review-admin add" (subcommand); option values may be String, Integer/Long, Boolean,
     * Double, {@link FakeUser} or {@link FakeAttachment} (resolved in data.resolved).
     */
    public FakeInteraction sendSlashCommand(String userId, String commandPath, Map<String, ?> options) {
        return sendInteraction(interactions.slashCommand(world.requireUser(userId),
                commandId(commandPath), commandPath, options));
    }

    /** {@link #sendSlashCommand} in the second text channel. */
    public FakeInteraction sendSlashCommandInOtherChannel(String userId, String commandPath, Map<String, ?> options) {
        ObjectNode interaction = interactions.slashCommand(world.requireUser(userId), commandId(commandPath), commandPath,
                options);
        interaction.put("channel_id", world.otherChannelId);
        interaction.set("channel", payloads.textChannel(world.otherChannelId, "other", 1));
        return sendInteraction(interaction);
    }

    /** A member types into {@code focusedOption} of a command; the bot should answer with choices. */
    public FakeInteraction sendAutocomplete(String userId, String commandPath, Map<String, ?> options,
            String focusedOption) {
        return sendInteraction(interactions.autocomplete(world.requireUser(userId),
                commandId(commandPath), commandPath, options, focusedOption));
    }

    /** A member clicks a button on a message (the full message when the bot created it through the fake). */
    public FakeInteraction clickButton(String userId, String messageId, String customId) {
        JsonNode message = routes.message(messageId).map(JsonNode.class::cast)
                .orElseGet(() -> DiscordPayloads.object().put("id", messageId).put("flags", 0));
        ObjectNode click = interactions.buttonClick(world.requireUser(userId), message, customId);
        routes.componentClicked(click.get("token").asText(), messageId);
        return sendInteraction(click);
    }

    /** Sends any dispatch, for events the helpers above do not cover. */
    public void dispatch(String eventType, ObjectNode data) {
        gateway.dispatch(eventType, data);
    }

    /** A message as the gateway delivered it to the bot (its content empty where Discord would hide it). */
    public JsonNode lastDelivered(String messageId) {
        return Optional.<JsonNode>ofNullable(delivered.get(messageId))
                .orElseThrow(() -> new AssertionError("no message " + messageId + " was sent"));
    }

    // ---- gateway control ----

    /** Drops the gateway connection without a close frame; JDA resumes. */
    public void closeGatewayAbruptly() {
        gateway.closeAbruptly();
    }

    /** Closes the gateway connection with {@code code}; 4007 and 4009 also end the session. */
    public void closeGateway(int code) {
        gateway.close(code);
    }

    /** Every IDENTIFY is answered by closing with {@code code}, e.g. 4014 (disallowed intents). */
    public void refuseIdentifyWith(int code) {
        gateway.refuseIdentifyWith(code);
    }

    /** The next RESUME gets an invalid session (op 9, false), so JDA identifies anew. */
    public void rejectNextResume() {
        gateway.rejectNextResume();
    }

    /** IDENTIFYs answered with READY and GUILD_CREATE. */
    public int identifyCount() {
        return gateway.identifyCount();
    }

    /** The shards with a live gateway session now. */
    public java.util.Set<Integer> connectedShards() {
        return gateway.connectedShards();
    }

    /** RESUMEs answered, with RESUMED or an invalid session. */
    public int resumeCount() {
        return gateway.resumeCount();
    }

    /** The sequence number of the last dispatch sent in the current session (0 before READY). */
    public long lastSequence() {
        return gateway.lastSequence();
    }

    /** Waits until {@code count} IDENTIFYs were answered; after it, events can be sent. */
    public void awaitIdentifyCount(int count, Duration timeout) {
        gateway.awaitIdentifyCount(count, timeout);
    }

    /** Waits until {@code count} RESUMEs were answered. */
    public void awaitResumeCount(int count, Duration timeout) {
        gateway.awaitResumeCount(count, timeout);
    }

    /** Every payload JDA sent on the gateway (IDENTIFY, heartbeats, RESUME ...), in order. */
    public List<JsonNode> gatewayPayloads() {
        return gateway.received();
    }

    // ---- what the bot did over REST ----

    /** A snapshot of every REST request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return rest.log().snapshot();
    }

    /** The first request (so far or to come) that matches; fails with the list received after {@code timeout}. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher, Duration timeout) {
        return rest.log().await(matcher, timeout);
    }

    /** {@link #awaitRequest(Predicate, Duration)} for a method and route such as "/channels/1/messages". */
    public RecordedRequest awaitRequest(String method, String route, Duration timeout) {
        return awaitRequest(r -> r.is(method, route), timeout);
    }

    /** A message the bot created through the fake, as last answered. */
    public Optional<ObjectNode> botMessage(String messageId) {
        return routes.message(messageId);
    }

    /** The message the bot posted as a reply to {@code messageId}, as last answered (edits included). */
    public Optional<ObjectNode> botReplyTo(String messageId) {
        return routes.messages().stream()
                .filter(m -> m.at("/message_reference/message_id").asText().equals(messageId)).findFirst();
    }

    /** The original response to an interaction (for a button click: the message it is on), as last answered. */
    public Optional<ObjectNode> originalMessage(FakeInteraction interaction) {
        return routes.originalMessageId(interaction.token()).flatMap(routes::message);
    }

    @Override
    public void close() {
        rest.close();
        gateway.shutdown();
    }

    private String sendMessage(ObjectNode message) {
        ObjectNode delivered = asDelivered(message);
        this.delivered.put(message.get("id").asText(), delivered);
        gateway.dispatch("MESSAGE_CREATE", delivered);
        return message.get("id").asText();
    }

    /**
     * As Discord delivers a message to a bot without the MESSAGE_CONTENT intent: content, embeds,
     * attachments and components empty, except in DMs, the bot's own messages and messages mentioning it.
     */
    private ObjectNode asDelivered(ObjectNode message) {
        boolean readable = (gateway.intents() & FakeGateway.MESSAGE_CONTENT) != 0
                || !message.has("guild_id")
                || message.at("/author/id").asText().equals(world.bot.id())
                || mentionsBot(message);
        if (readable) {
            return message;
        }
        ObjectNode stripped = message.deepCopy().put("content", "");
        stripped.putArray("embeds");
        stripped.putArray("attachments");
        stripped.putArray("components");
        return stripped;
    }

    private boolean mentionsBot(ObjectNode message) {
        for (JsonNode mentioned : message.path("mentions")) {
            if (mentioned.path("id").asText().equals(world.bot.id())) {
                return true;
            }
        }
        return false;
    }

    private FakeInteraction sendInteraction(ObjectNode interaction) {
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new FakeInteraction(interaction.get("id").asText(), interaction.get("token").asText(),
                world.applicationId);
    }

    private String commandId(String commandPath) {
        String name = commandPath.trim().split("\\s+")[0];
        return routes.commandId(name).orElseGet(Snowflakes::nextId);
    }
}
