package dev.reviewbot.discord;

import java.util.Objects;

/**
 * What the fake guild looks like: one guild with one text channel, the bot, an admin (with Manage
 * Server) and a normal user. Ids are generated per {@link FakeDiscord}; only names and the token are
 * configurable.
 */
public record FakeDiscordConfig(String token, String guildName, String channelName, String botName,
        String adminName, String userName) {

    public FakeDiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildName, "guildName");
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(adminName, "adminName");
        Objects.requireNonNull(userName, "userName");
    }

    public static FakeDiscordConfig defaults() {
        return new FakeDiscordConfig("fake-bot-token", "Fake Guild", "general", "fakebot", "alice-admin", "bob");
    }

    public FakeDiscordConfig withToken(String newToken) {
        return new FakeDiscordConfig(newToken, guildName, channelName, botName, adminName, userName);
    }
}
