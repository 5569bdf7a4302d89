package dev.reviewbot.discord;

import java.util.Objects;

/**
 * What the fake guild looks like: one guild with one text channel, the bot, an admin (with Manage
 * Server) and a normal user. Ids are generated per {@link FakeDiscord}; only names and the token are
 * configurable. As on Discord, the privileged MESSAGE_CONTENT intent is refused (4014) unless
 * {@code messageContentEnabled}, and without it guild messages reach the bot with their content empty
 * unless they mention it.
 */
public record FakeDiscordConfig(String token, String guildName, String channelName, String botName,
        String adminName, String userName, boolean messageContentEnabled) {

    public FakeDiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildName, "guildName");
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(adminName, "adminName");
        Objects.requireNonNull(userName, "userName");
    }

    public static FakeDiscordConfig defaults() {
        return new FakeDiscordConfig("fake-bot-token", "Fake Guild", "general", "fakebot", "alice-admin", "bob", false);
    }

    public FakeDiscordConfig withToken(String newToken) {
        return new FakeDiscordConfig(newToken, guildName, channelName, botName, adminName, userName,
                messageContentEnabled);
    }

    /** The portal's MESSAGE CONTENT INTENT switch turned on: an IDENTIFY asking for it is accepted. */
    public FakeDiscordConfig withMessageContent() {
        return new FakeDiscordConfig(token, guildName, channelName, botName, adminName, userName, true);
    }
}
