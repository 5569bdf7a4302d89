package dev.reviewbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts and updates the bot's messages through the Web API, logging Slack's error code when it refuses. */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private Outbox() {
    }

    /** @param threadTs the thread to answer in, or null for the channel itself; @return whether Slack took it */
    static boolean post(MethodsClient client, String channel, String threadTs, SlackMessage message)
            throws IOException, SlackApiException {
        return postForTs(client, channel, threadTs, message) != null;
    }

    /** {@link #post}, returning the new message's ts (to update it later), or null when Slack refused it. */
    static String postForTs(MethodsClient client, String channel, String threadTs, SlackMessage message)
            throws IOException, SlackApiException {
        ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false));
        if (!response.isOk()) {
            log.warn("Slack: chat.postMessage to {} failed: {}", channel, response.getError());
            return null;
        }
        return response.getTs();
    }

    /** Replaces the text and blocks of the bot's message {@code ts}; @return whether Slack took it */
    static boolean update(MethodsClient client, String channel, String ts, SlackMessage message)
            throws IOException, SlackApiException {
        ChatUpdateResponse response = client.chatUpdate(r -> r.channel(channel).ts(ts)
                .text(message.text()).blocks(message.blocks()));
        if (!response.isOk()) {
            log.warn("Slack: chat.update of {} in {} failed: {}", ts, channel, response.getError());
        }
        return response.isOk();
    }

    /** A message only {@code user} sees, e.g. "slow down", where a public one would be noise. */
    static void postEphemeral(MethodsClient client, String channel, String user, String threadTs, SlackMessage message)
            throws IOException, SlackApiException {
        ChatPostEphemeralResponse response = client.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(threadTs).text(message.text()).blocks(message.blocks()));
        if (!response.isOk()) {
            log.warn("Slack: chat.postEphemeral to {} failed: {}", channel, response.getError());
        }
    }
}
