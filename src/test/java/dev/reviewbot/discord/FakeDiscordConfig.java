package dev.reviewbot.discord;

import java.util.Objects;

/**
 * What the fake guild looks like: one guild with one text channel, the bot, an admin (with Manage
 * Server) and a normal user. Ids are generated per {@link FakeDiscord}; only names and the token are
 * configurable, and for sharding tests how many shards the bot must connect and how many guilds (each
 * with its own text channel, on the shard Discord's formula picks) it is in. As on Discord, the privileged
 * MESSAGE_CONTENT intent is refused (4014) unless {@code messageContentEnabled}, and without it guild
 * messages reach the bot with their content empty unless they mention it.
 */
public record FakeDiscordConfig(String token, String guildName, String channelName, String botName,
        String adminName, String userName, int shards, int guilds, boolean messageContentEnabled) {

    public FakeDiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildName, "guildName");
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(adminName, "adminName");
        Objects.requireNonNull(userName, "userName");
        if (shards < 1 || guilds < 1) {
            throw new IllegalArgumentException("a fake Discord has at least one shard and one guild");
        }
    }

    public static FakeDiscordConfig defaults() {
        return new FakeDiscordConfig("fake-bot-token", "Fake Guild", "general", "fakebot", "alice-admin", "bob", 1, 1,
                false);
    }

    public FakeDiscordConfig withToken(String newToken) {
        return new FakeDiscordConfig(newToken, guildName, channelName, botName, adminName, userName, shards, guilds,
                messageContentEnabled);
    }

    /** A bot that Discord asks to connect {@code shardCount} shards, in {@code guildCount} guilds. */
    public FakeDiscordConfig withShards(int shardCount, int guildCount) {
        return new FakeDiscordConfig(token, guildName, channelName, botName, adminName, userName, shardCount, guildCount,
                messageContentEnabled);
    }

    /** The portal's MESSAGE CONTENT INTENT switch turned on: an IDENTIFY asking for it is accepted. */
    public FakeDiscordConfig withMessageContent() {
        return new FakeDiscordConfig(token, guildName, channelName, botName, adminName, userName, shards, guilds, true);
    }
}
