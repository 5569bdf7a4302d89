/**
 * The Slack adapter: Slack events in, core commands through {@link dev.reviewbot.command.CommandService},
 * core replies out as Block Kit. No answering logic lives here.
 *
 * <p>Entry point: {@link dev.reviewbot.slack.SlackAdapter}, built by {@code ChatAdapters} from
 * {@link dev.reviewbot.slack.SlackCredentials} (Socket Mode or HTTP mode). {@code SlackRoutes} wires Bolt's
 * handlers; each handler acknowledges at once and hands the slow part to a worker pool ({@code AfterAck}).
 * {@code BlockKitRenderer} and {@code Mrkdwn} turn replies into blocks that respect Slack's limits and
 * cannot ping anyone. The core's services come as one {@link dev.reviewbot.command.ChatServices}; this is
 * the only package that may use com.slack.
 */
package dev.reviewbot.slack;
