package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;

/** INTERACTION_CREATE payloads (slash commands, autocomplete, button clicks) in the fake guild channel. */
final class InteractionPayloads {

    private static final int APPLICATION_COMMAND = 2;
    private static final int MESSAGE_COMPONENT = 3;
    private static final int AUTOCOMPLETE = 4;
    private static final int BUTTON = 2;

    private final FakeDiscordWorld world;
    private final DiscordPayloads payloads;

    InteractionPayloads(FakeDiscordWorld world, DiscordPayloads payloads) {
        this.world = world;
        this.payloads = payloads;
    }

    /**
     * A slash command. {@code commandPath} is the full name as JDA reports it: "review",
     * "review-admin add" (subcommand) or "config rules add" (group and subcommand).
     */
    ObjectNode slashCommand(FakeUser user, String commandId, String commandPath, Map<String, ?> options) {
        return command(APPLICATION_COMMAND, user, commandId, commandPath, options, null);
    }

    /** An autocomplete request; the option {@code focusedOption} carries {@code focused: true}. */
    ObjectNode autocomplete(FakeUser user, String commandId, String commandPath, Map<String, ?> options,
            String focusedOption) {
        return command(AUTOCOMPLETE, user, commandId, commandPath, options, focusedOption);
    }

    /**
     * A click on a button. {@code message} is the full message when the fake knows it, else just
     * its id (JDA then reports no message, as for ephemeral ones).
     */
    ObjectNode buttonClick(FakeUser user, JsonNode message, String customId) {
        ObjectNode interaction = base(MESSAGE_COMPONENT, user);
        interaction.set("message", message);
        interaction.putObject("data").put("custom_id", customId).put("component_type", BUTTON);
        return interaction;
    }

    private ObjectNode command(int type, FakeUser user, String commandId, String commandPath,
            Map<String, ?> options, String focusedOption) {
        String[] names = commandPath.trim().split("\\s+");
        if (names.length > 3) {
            throw new IllegalArgumentException("A command path has at most 3 names: " + commandPath);
        }
        ObjectNode interaction = base(type, user);
        ObjectNode data = interaction.putObject("data").put("id", commandId).put("name", names[0]).put("type", 1);
        ObjectNode resolved = DiscordPayloads.object();
        ArrayNode leafOptions = data.putArray("options");
        if (names.length == 3) {
            ObjectNode group = leafOptions.addObject().put("name", names[1]).put("type", 2);
            leafOptions = group.putArray("options");
        }
        if (names.length >= 2) {
            ObjectNode subcommand = leafOptions.addObject().put("name", names[names.length - 1]).put("type", 1);
            leafOptions = subcommand.putArray("options");
        }
        for (Map.Entry<String, ?> option : options.entrySet()) {
            ObjectNode json = option(option.getKey(), option.getValue(), resolved);
            if (option.getKey().equals(focusedOption)) {
                json.put("focused", true);
            }
            leafOptions.add(json);
        }
        if (focusedOption != null && !options.containsKey(focusedOption)) {
            leafOptions.addObject().put("name", focusedOption).put("type", 3).put("value", "").put("focused", true);
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return interaction;
    }

    /** One option, typed from the Java value; users and attachments are added to {@code resolved}. */
    private ObjectNode option(String name, Object value, ObjectNode resolved) {
        ObjectNode option = DiscordPayloads.object().put("name", name);
        if (value instanceof String s) {
            option.put("type", 3).put("value", s);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            option.put("type", 5).put("value", b);
        } else if (value instanceof Double || value instanceof Float) {
            option.put("type", 10).put("value", ((Number) value).doubleValue());
        } else if (value instanceof FakeUser u) {
            option.put("type", 6).put("value", u.id());
            resolved.withObjectProperty("users").set(u.id(), payloads.user(u));
            resolved.withObjectProperty("members").set(u.id(), payloads.member(u, false)
                    .put("permissions", Long.toString(world.permissionsOf(u))));
        } else if (value instanceof FakeChannel c) {
            option.put("type", 7).put("value", c.id());
            resolved.withObjectProperty("channels").set(c.id(), payloads.textChannel(c.id(), c.name(), 1)
                    .put("permissions", Long.toString(world.permissionsOf(world.bot))));
        } else if (value instanceof FakeAttachment a) {
            option.put("type", 11).put("value", a.id());
            resolved.withObjectProperty("attachments").set(a.id(), payloads.attachment(a));
        } else {
            throw new IllegalArgumentException("Unsupported option type for " + name + ": " + value);
        }
        return option;
    }

    private ObjectNode base(int type, FakeUser user) {
        ObjectNode i = DiscordPayloads.object()
                .put("id", Snowflakes.nextId()) // must encode the current time, or JDA won't answer
                .put("token", "interaction-token-" + UUID.randomUUID())
                .put("application_id", world.applicationId).put("type", type).put("version", 1)
                .put("guild_id", world.guildId).put("guild_locale", "en-US")
                .put("channel_id", world.channelId).put("locale", "en-US")
                .put("app_permissions", Long.toString(world.permissionsOf(world.bot)))
                .put("context", 0).put("attachment_size_limit", 10_485_760);
        ObjectNode guild = i.putObject("guild").put("id", world.guildId).put("locale", "en-US");
        guild.putArray("features");
        i.set("channel", payloads.textChannel(world.guilds.get(0)));
        i.set("member", payloads.interactionMember(user));
        i.putArray("entitlements");
        i.putObject("authorizing_integration_owners").put("0", world.guildId);
        return i;
    }
}
