package dev.reviewbot.slack;

import dev.reviewbot.config.ConfigException;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets a Slack app runs with, read only from the environment. Which ones are set picks the mode:
 * an app-level token means Socket Mode, a signing secret means HTTP mode. {@code toString} never shows them.
 */
public sealed interface SlackCredentials {

    String botToken();

    /** SLACK_BOT_TOKEN + SLACK_APP_TOKEN: Slack is reached over a websocket, no public URL needed. */
    record SocketMode(String botToken, String appToken) implements SlackCredentials {
        @Override
        public String toString() {
            return "SocketMode[botToken=(secret), appToken=(secret)]";
        }
    }

    /** SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET: Slack posts to /slack/events, each request signed. */
    record Http(String botToken, String signingSecret) implements SlackCredentials {
        @Override
        public String toString() {
            return "Http[botToken=(secret), signingSecret=(secret)]";
        }
    }

    /**
     * @return empty when SLACK_BOT_TOKEN is not set; Socket Mode when SLACK_APP_TOKEN is also set, else HTTP mode
     * @throws ConfigException when the bot token is set but neither mode is complete, or a token has the wrong kind
     */
    static Optional<SlackCredentials> fromEnvironment(Map<String, String> environment) {
        String botToken = value(environment, "SLACK_BOT_TOKEN");
        if (botToken == null) {
            return Optional.empty();
        }
        // Only prefixes are named in errors: the values are secrets.
        if (!botToken.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be the app's bot token (it starts with xoxb-)", null);
        }
        String appToken = value(environment, "SLACK_APP_TOKEN");
        if (appToken != null) {
            if (!appToken.startsWith("xapp-")) {
                throw new ConfigException("SLACK_APP_TOKEN must be an app-level token (it starts with xapp-)", null);
            }
            return Optional.of(new SocketMode(botToken, appToken));
        }
        String signingSecret = value(environment, "SLACK_SIGNING_SECRET");
        if (signingSecret != null) {
            return Optional.of(new Http(botToken, signingSecret));
        }
        throw new ConfigException("SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor "
                + "SLACK_SIGNING_SECRET (HTTP mode) is; see docs/SLACK.md", null);
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
