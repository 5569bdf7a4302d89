package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the REST calls JDA makes. Keeps what a bot would read back: the messages it created
 * (by id and, for interactions, by token), registered command ids and the served attachments.
 * Anything else gets a Discord-style 404.
 */
final class DiscordRestRoutes implements Function<RecordedRequest, RestResponse> {

    private static final int CALLBACK_REPLY = 4;
    private static final int CALLBACK_DEFER_REPLY = 5;
    private static final int CALLBACK_DEFER_UPDATE = 6;
    private static final int CALLBACK_UPDATE = 7;

    private record Route(String method, Pattern path, boolean needsBotToken,
            BiFunction<RecordedRequest, Matcher, RestResponse> handler) {
    }

    private final FakeDiscordWorld world;
    private final DiscordPayloads payloads;
    private final Supplier<String> gatewayUrl;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, ObjectNode> messagesById = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> originalsByToken = new ConcurrentHashMap<>();
    private final Map<String, String> commandIdsByName = new ConcurrentHashMap<>();
    private final Map<String, FakeAttachment> attachmentsById = new ConcurrentHashMap<>();
    /** For button clicks: the message the button is on, which an update callback edits. */
    private final Map<String, String> componentMessageByToken = new ConcurrentHashMap<>();

    DiscordRestRoutes(FakeDiscordWorld world, DiscordPayloads payloads, Supplier<String> gatewayUrl) {
        this.world = world;
        this.payloads = payloads;
        this.gatewayUrl = gatewayUrl;
        String api = Pattern.quote(RecordedRequest.API_PREFIX);
        String id = "([0-9]+)";
        String token = "([^/]+)";
        botRoute("GET", api + "/users/@me", (r, m) -> RestResponse.ok(
                payloads.user(world.bot).put("verified", true).put("mfa_enabled", false)));
        botRoute("GET", api + "/gateway(?:/bot)?", (r, m) -> gateway());
        botRoute("PUT", api + "/applications/" + id + "/commands", (r, m) -> putCommands(r.body(), null));
        botRoute("PUT", api + "/applications/" + id + "/guilds/" + id + "/commands",
                (r, m) -> putCommands(r.body(), m.group(2)));
        botRoute("POST", api + "/users/@me/channels", (r, m) -> openDm(r.body().path("recipient_id").asText()));
        botRoute("POST", api + "/channels/" + id + "/messages", (r, m) -> created(m.group(1), r.body(), null));
        botRoute("PATCH", api + "/channels/" + id + "/messages/" + id, (r, m) -> editMessage(m.group(2), r.body()));
        botRoute("DELETE", api + "/channels/" + id + "/messages/" + id, (r, m) -> RestResponse.noContent());
        botRoute("POST", api + "/channels/" + id + "/typing", (r, m) -> RestResponse.noContent());
        botRoute("PUT", api + "/channels/" + id + "/messages/" + id + "/reactions/[^/]+/@me",
                (r, m) -> RestResponse.noContent());
        // Interaction answers are authorised by their token, not the bot token.
        route("POST", api + "/interactions/" + id + "/" + token + "/callback", (r, m) -> callback(m.group(2), r.body()));
        route("POST", api + "/webhooks/" + id + "/" + token, (r, m) -> created(world.channelId, r.body(), m.group(1)));
        route("GET", api + "/webhooks/" + id + "/" + token + "/messages/@original", (r, m) -> original(m.group(2)));
        route("PATCH", api + "/webhooks/" + id + "/" + token + "/messages/@original",
                (r, m) -> editOriginal(m.group(2), r.body()));
        route("PATCH", api + "/webhooks/" + id + "/" + token + "/messages/" + id, (r, m) -> editMessage(m.group(3), r.body()));
        route("DELETE", api + "/webhooks/" + id + "/" + token + "/messages/([^/]+)", (r, m) -> RestResponse.noContent());
        route("GET", "/attachments/" + id + "/[^/]+", (r, m) -> attachment(m.group(1)));
    }

    @Override
    public RestResponse apply(RecordedRequest request) {
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(request.path());
            if (route.method().equals(request.method()) && matcher.matches()) {
                if (route.needsBotToken() && !("Bot " + world.config.token()).equals(request.header("Authorization"))) {
                    return RestResponse.error(401, "401: Unauthorized");
                }
                return route.handler().apply(request, matcher);
            }
        }
        return RestResponse.error(404, "404: Not Found");
    }

    void serve(FakeAttachment attachment) {
        attachmentsById.put(attachment.id(), attachment);
    }

    /** The id a command got when the bot registered it, if it did. */
    Optional<String> commandId(String name) {
        return Optional.ofNullable(commandIdsByName.get(name));
    }

    /** Remembers that the interaction with {@code token} is a click on a button of {@code messageId}. */
    void componentClicked(String token, String messageId) {
        componentMessageByToken.put(token, messageId);
    }

    /** The id of an interaction's original response (created or, for a click, updated), if there is one. */
    Optional<String> originalMessageId(String token) {
        return Optional.ofNullable(originalsByToken.get(token)).map(m -> m.get("id").asText());
    }

    /** Messages the bot created, in no particular order, as last answered. */
    List<ObjectNode> messages() {
        return messagesById.values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** A message the bot created or edited, as the fake last answered it. */
    Optional<ObjectNode> message(String messageId) {
        return Optional.ofNullable(messagesById.get(messageId)).map(ObjectNode::deepCopy);
    }

    private void botRoute(String method, String regex, BiFunction<RecordedRequest, Matcher, RestResponse> handler) {
        routes.add(new Route(method, Pattern.compile(regex), true, handler));
    }

    private void route(String method, String regex, BiFunction<RecordedRequest, Matcher, RestResponse> handler) {
        routes.add(new Route(method, Pattern.compile(regex), false, handler));
    }

    private RestResponse gateway() {
        ObjectNode answer = DiscordPayloads.object().put("url", gatewayUrl.get())
                .put("shards", world.config.shards());
        answer.putObject("session_start_limit").put("total", 1000).put("remaining", 1000)
                .put("reset_after", 0).put("max_concurrency", 1);
        return RestResponse.ok(answer);
    }

    private RestResponse openDm(String userId) {
        return world.findUser(userId).isPresent()
                ? RestResponse.ok(payloads.dmChannel(userId))
                : RestResponse.error(404, "404: Unknown User");
    }

    private RestResponse putCommands(JsonNode commands, String guildId) {
        ArrayNode echoed = DiscordPayloads.array();
        for (JsonNode command : commands) {
            ObjectNode copy = command.deepCopy();
            String id = commandIdsByName.computeIfAbsent(command.path("name").asText(), name -> Snowflakes.nextId());
            copy.put("id", id).put("application_id", world.applicationId).put("version", Snowflakes.nextId());
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (guildId != null) {
                copy.put("guild_id", guildId);
            }
            echoed.add(copy);
        }
        return RestResponse.ok(echoed);
    }

    private RestResponse created(String channelId, JsonNode body, String webhookId) {
        ObjectNode message = payloads.botMessage(channelId, body, webhookId);
        messagesById.put(message.get("id").asText(), message);
        return RestResponse.ok(message);
    }

    private RestResponse editMessage(String messageId, JsonNode patch) {
        ObjectNode stored = messagesById.get(messageId);
        if (stored == null) {
            return RestResponse.error(404, "404: Unknown Message");
        }
        ObjectNode edited = DiscordPayloads.edited(stored, patch);
        messagesById.put(messageId, edited);
        return RestResponse.ok(edited);
    }

    private RestResponse callback(String token, JsonNode body) {
        int type = body.path("type").asInt();
        JsonNode data = body.path("data");
        if (type == CALLBACK_REPLY || type == CALLBACK_DEFER_REPLY) {
            ObjectNode original = payloads.botMessage(world.channelId, data, world.applicationId);
            originalsByToken.put(token, original);
            messagesById.put(original.get("id").asText(), original);
        } else if (type == CALLBACK_DEFER_UPDATE || type == CALLBACK_UPDATE) {
            // A component's original response is the message it is on: later @original edits change it.
            ObjectNode clicked = messagesById.get(componentMessageByToken.getOrDefault(token, ""));
            if (clicked == null) {
                return RestResponse.error(404, "404: Unknown Message");
            }
            ObjectNode updated = type == CALLBACK_UPDATE ? DiscordPayloads.edited(clicked, data) : clicked;
            originalsByToken.put(token, updated);
            messagesById.put(updated.get("id").asText(), updated);
        }
        return RestResponse.noContent(); // JDA accepts 204 although it asks with_response=true
    }

    private RestResponse original(String token) {
        ObjectNode original = originalsByToken.get(token);
        return original == null ? RestResponse.error(404, "404: Unknown Message") : RestResponse.ok(original);
    }

    private RestResponse editOriginal(String token, JsonNode patch) {
        ObjectNode original = originalsByToken.get(token);
        if (original == null) {
            return RestResponse.error(404, "404: Unknown Message");
        }
        ObjectNode edited = DiscordPayloads.edited(original, patch);
        originalsByToken.put(token, edited);
        messagesById.put(edited.get("id").asText(), edited);
        return RestResponse.ok(edited);
    }

    private RestResponse attachment(String id) {
        FakeAttachment attachment = attachmentsById.get(id);
        return attachment == null
                ? RestResponse.error(404, "404: Not Found")
                : new RestResponse(200, attachment.contentType(), attachment.content(), attachment.drip());
    }
}
