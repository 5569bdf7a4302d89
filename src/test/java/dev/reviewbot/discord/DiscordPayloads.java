package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON for the Discord entities the fake sends: the smallest payloads the real JDA 6 accepts
 * (why each field is there: /work/shared/notes/chat-protocols.md).
 */
final class DiscordPayloads {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

    private final FakeDiscordWorld world;
    private final String joinedAt = now();

    DiscordPayloads(FakeDiscordWorld world) {
        this.world = world;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    // ---- gateway session ----

    ObjectNode ready(String sessionId, String resumeGatewayUrl, List<FakeDiscordWorld.Guild> guilds) {
        ObjectNode d = object().put("v", 10).put("session_id", sessionId)
                .put("resume_gateway_url", resumeGatewayUrl);
        d.set("user", user(world.bot).put("verified", true).put("mfa_enabled", false));
        ArrayNode unavailable = d.putArray("guilds");
        guilds.forEach(g -> unavailable.addObject().put("id", g.id()).put("unavailable", true));
        d.putArray("private_channels"); // JDA requires it although Discord's docs omit it
        d.putObject("application").put("id", world.applicationId).put("flags", 0);
        return d;
    }

    /** GUILD_CREATE for a guild: the first has the thread and the admin role, like the single guild of old. */
    ObjectNode guildCreate(FakeDiscordWorld.Guild guild) {
        boolean main = guild.id().equals(world.guildId);
        ObjectNode g = object().put("id", guild.id()).put("name", world.config.guildName())
                .put("owner_id", world.admin.id()).put("afk_timeout", 300).put("member_count", 3)
                .put("large", false).put("unavailable", false).put("joined_at", joinedAt)
                .put("preferred_locale", "en-US").put("premium_progress_bar_enabled", false);
        ArrayNode roles = g.putArray("roles");
        roles.add(role(guild.id(), "@everyone", 0, FakeDiscordWorld.EVERYONE_PERMISSIONS));
        if (main) {
            roles.add(role(world.adminRoleId, "Admin", 1,
                    FakeDiscordWorld.EVERYONE_PERMISSIONS | FakeDiscordWorld.MANAGE_SERVER));
        }
        ArrayNode channels = g.putArray("channels").add(textChannel(guild));
        if (main) {
            channels.add(textChannel(world.otherChannelId, "other", 1));
        }
        ArrayNode members = g.putArray("members"); // all of them, matching member_count: no chunking
        world.members().forEach(m -> members.add(member(m, true)));
        ArrayNode threads = g.putArray("threads");
        if (main) {
            threads.add(threadChannel());
        }
        for (String empty : List.of("emojis", "stickers", "voice_states", "presences",
                "guild_scheduled_events", "stage_instances", "features")) {
            g.putArray(empty);
        }
        return g;
    }

    // ---- entities ----

    ObjectNode user(FakeUser u) {
        return object().put("id", u.id()).put("username", u.username()).put("discriminator", "0")
                .put("global_name", u.username()).putNull("avatar").put("bot", u.bot());
    }

    ObjectNode member(FakeUser u, boolean withUser) {
        ObjectNode m = object();
        if (withUser) {
            m.set("user", user(u));
        }
        ArrayNode roles = m.putArray("roles");
        world.roleIdsOf(u).forEach(roles::add);
        return m.put("joined_at", joinedAt).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false);
    }

    /** A member as interactions carry it: with the user and the computed channel permissions. */
    ObjectNode interactionMember(FakeUser u) {
        return member(u, true).put("permissions", Long.toString(world.permissionsOf(u)));
    }

    ObjectNode role(String id, String name, int position, long permissions) {
        return object().put("id", id).put("name", name).put("position", position)
                .put("permissions", Long.toString(permissions)).put("color", 0).put("hoist", false)
                .put("managed", false).put("mentionable", false).put("flags", 0);
    }

    ObjectNode textChannel(FakeDiscordWorld.Guild guild) {
        ObjectNode c = object().put("id", guild.channelId()).put("type", 0).put("guild_id", guild.id())
                .put("name", world.config.channelName()).put("position", 0).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("flags", 0);
        c.putArray("permission_overwrites");
        return c.putNull("parent_id").putNull("topic").putNull("last_message_id");
    }

    /** A text channel of the first guild (the second one, "other", for where-the-bot-answers tests). */
    ObjectNode textChannel(String id, String name, int position) {
        ObjectNode c = object().put("id", id).put("type", 0).put("guild_id", world.guildId)
                .put("name", name).put("position", position).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("flags", 0);
        c.putArray("permission_overwrites");
        return c.putNull("parent_id").putNull("topic").putNull("last_message_id");
    }

    /** A public thread (type 11) in the text channel, as GUILD_CREATE lists active threads. */
    ObjectNode threadChannel() {
        ObjectNode t = object().put("id", world.threadId).put("type", 11).put("guild_id", world.guildId)
                .put("parent_id", world.channelId).put("name", "ballerina-talk").put("owner_id", world.admin.id())
                .put("member_count", 2).put("message_count", 1).put("rate_limit_per_user", 0).put("flags", 0)
                .putNull("last_message_id");
        t.putObject("thread_metadata").put("archived", false).put("locked", false).put("invitable", true)
                .put("auto_archive_duration", 1440).put("archive_timestamp", joinedAt);
        return t;
    }

    ObjectNode dmChannel(String userId) {
        ObjectNode c = object().put("id", world.dmChannelOf(userId)).put("type", 1).putNull("last_message_id");
        c.putArray("recipients").add(user(world.requireUser(userId)));
        return c;
    }

    ObjectNode attachment(FakeAttachment a) {
        return object().put("id", a.id()).put("filename", a.filename()).put("size", a.size())
                .put("url", a.url()).put("proxy_url", a.url()).put("content_type", a.contentType());
    }

    // ---- messages ----

    /** MESSAGE_CREATE for a message a member wrote in the guild channel. */
    ObjectNode guildMessage(FakeUser author, String content, List<FakeAttachment> files) {
        return guildMessage(world.channelId, author, content, files);
    }

    /** MESSAGE_CREATE for a message a member wrote in a guild channel or thread. */
    ObjectNode guildMessage(String channelId, FakeUser author, String content, List<FakeAttachment> files) {
        String guild = world.guilds.stream().filter(g -> g.channelId().equals(channelId))
                .map(FakeDiscordWorld.Guild::id).findFirst().orElse(world.guildId); // the thread: the first guild's
        ObjectNode m = message(channelId, author, content, files, true).put("guild_id", guild);
        m.set("member", member(author, false));
        return m;
    }

    /** MESSAGE_CREATE for a message a user wrote to the bot in private. */
    ObjectNode directMessage(FakeUser author, String content, List<FakeAttachment> files) {
        return message(world.dmChannelOf(author.id()), author, content, files, false);
    }

    private ObjectNode message(String channelId, FakeUser author, String content,
            List<FakeAttachment> files, boolean inGuild) {
        ObjectNode m = object().put("id", Snowflakes.nextId()).put("type", 0).put("channel_id", channelId)
                .put("content", content).put("timestamp", now()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        m.set("author", user(author));
        ArrayNode mentions = m.putArray("mentions");
        Matcher users = USER_MENTION.matcher(content);
        while (users.find()) {
            world.findUser(users.group(1)).ifPresent(u -> {
                ObjectNode mentioned = user(u);
                if (inGuild) {
                    mentioned.set("member", member(u, false));
                }
                mentions.add(mentioned);
            });
        }
        ArrayNode roleMentions = m.putArray("mention_roles");
        Matcher roles = ROLE_MENTION.matcher(content);
        while (roles.find()) {
            roleMentions.add(roles.group(1));
        }
        ArrayNode attachments = m.putArray("attachments");
        files.forEach(f -> attachments.add(attachment(f)));
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    /**
     * The message the bot created, as Discord answers a create: the request's content, embeds,
     * components, flags and reference, with the id, author and timestamps filled in.
     */
    ObjectNode botMessage(String channelId, JsonNode request, String webhookId) {
        ObjectNode m = object().put("id", Snowflakes.nextId()).put("channel_id", channelId)
                .put("content", request.path("content").asText(""))
                .put("timestamp", now()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false)
                .put("flags", request.path("flags").asInt(0));
        m.set("author", user(world.bot));
        if (webhookId != null) {
            m.put("webhook_id", webhookId).put("application_id", world.applicationId);
        }
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.set("embeds", embeds(request.path("embeds")));
        m.set("components", request.path("components").isArray() ? request.get("components").deepCopy() : array());
        JsonNode reference = request.path("message_reference");
        m.put("type", reference.isObject() ? 19 : 0);
        if (reference.isObject()) {
            m.set("message_reference", ((ObjectNode) reference.deepCopy()).put("channel_id", channelId));
        }
        return m;
    }

    /** Embeds as Discord returns them: with their type, which bots do not send but JDA requires back. */
    private static ArrayNode embeds(JsonNode sent) {
        ArrayNode embeds = array();
        for (JsonNode embed : sent) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            embeds.add(copy);
        }
        return embeds;
    }

    /** {@code stored} with the editable fields of {@code patch} applied, as PATCH answers. */
    static ObjectNode edited(ObjectNode stored, JsonNode patch) {
        ObjectNode m = stored.deepCopy();
        for (String field : List.of("content", "components", "flags")) {
            if (patch.has(field)) {
                m.set(field, patch.get(field).deepCopy());
            }
        }
        if (patch.has("embeds")) {
            m.set("embeds", embeds(patch.get("embeds")));
        }
        return m.put("edited_timestamp", now());
    }
}
