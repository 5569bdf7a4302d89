package dev.reviewbot.app;

import dev.reviewbot.discord.DiscordAdapter;
import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.slack.SlackAdapter;
import dev.reviewbot.slack.SlackCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides which chat adapters `reviewbot run` starts: each one whose credentials are in the environment. */
public final class ChatAdapters {

    private ChatAdapters() {
    }

    public static List<ChatAdapter> fromEnvironment(ReviewBot bot, Map<String, String> environment) {
        List<ChatAdapter> adapters = new ArrayList<>();
        // Each platform adds itself here when its credentials are set.

        // Discord: the bot token only ever comes from the environment (docs/DISCORD.md).
        String discordToken = environment.get("DISCORD_TOKEN");
        if (discordToken != null && !discordToken.isBlank()) {
            adapters.add(new DiscordAdapter(discordToken, bot.config().discord(), bot.chatServices()));
        }
        // Slack: Socket Mode with SLACK_APP_TOKEN, else HTTP mode with SLACK_SIGNING_SECRET (docs/SLACK.md).
        SlackCredentials.fromEnvironment(environment)
                .ifPresent(credentials -> adapters.add(new SlackAdapter(bot.chatServices(), credentials, bot.config().slack())));
        return adapters;
    }
}
