package dev.reviewbot.app;

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
        // Slack: Socket Mode with SLACK_APP_TOKEN, else HTTP mode with SLACK_SIGNING_SECRET (docs/SLACK.md).
        SlackCredentials.fromEnvironment(environment)
                .ifPresent(credentials -> adapters.add(new SlackAdapter(bot, credentials)));
        return adapters;
    }
}
