package dev.reviewbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

/** How Slack's requests reach the Bolt app: a Socket Mode websocket, or HTTP posts to /slack/events. */
interface SlackTransport {

    /** "slack (socket mode)", "slack (HTTP mode, port 3000)". */
    String name();

    /** Adds this transport's settings to the app's config (HTTP mode: the signing secret). */
    void configure(AppConfig.AppConfigBuilder config);

    /** Starts the app and returns once Slack can reach it; throws naming what failed (never a secret). */
    void start(App app) throws Exception;

    /** Empty while Slack can reach the app; else what is down. Answers at once (no network call). */
    java.util.Optional<String> problem();

    /** Stops receiving and releases threads and ports; safe to call twice, and before start. */
    void close();
}
