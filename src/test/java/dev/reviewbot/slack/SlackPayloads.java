package dev.reviewbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders for the bodies Slack sends to an app, shaped as Slack sends them. The same bodies serve HTTP mode
 * (via {@link SlackRequests}) and Socket Mode (as envelope payloads, see {@link #toJson(Map)} for commands).
 * Ids default to the {@link FakeSlack} constants.
 */
public final class SlackPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() / 1000 * 1000);

    private SlackPayloads() {
    }

    /** A fresh event id ("Ev...") for {@link #eventCallback}. */
    public static String newEventId() {
        return "Ev" + COUNTER.incrementAndGet();
    }

    /** A fresh message timestamp ("1700000000.000123"). */
    public static String newTs() {
        long n = COUNTER.incrementAndGet();
        return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", n % 1_000_000);
    }

    // ---- Events API

    /** The outer {@code event_callback} that wraps an event, as posted to the Request URL. */
    public static String eventCallback(ObjectNode event, String eventId) {
        ObjectNode root = JSON.createObjectNode()
                .put("token", "legacy-verification-token")
                .put("team_id", FakeSlack.TEAM_ID)
                .put("api_app_id", FakeSlack.APP_ID)
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", System.currentTimeMillis() / 1000)
                .put("is_ext_shared_channel", false);
        root.set("event", event);
        ArrayNode authorizations = root.putArray("authorizations");
        authorizations.addObject().putNull("enterprise_id").put("team_id", FakeSlack.TEAM_ID)
                .put("user_id", FakeSlack.BOT_USER_ID).put("is_bot", true).put("is_enterprise_install", false);
        return root.toString();
    }

    /** {@code app_mention}: text should contain {@code <@U0BOT>}. */
    public static ObjectNode appMention(String userId, String channelId, String text, String ts) {
        return message("app_mention", userId, channelId, text, ts);
    }

    /** {@code message} in a thread of a channel. */
    public static ObjectNode threadReply(String userId, String channelId, String text, String ts, String threadTs) {
        return message("message", userId, channelId, text, ts).put("thread_ts", threadTs).put("channel_type", "channel");
    }

    /** {@code message.im}: a direct message to the bot (channel id "D..."). */
    public static ObjectNode directMessage(String userId, String dmChannelId, String text, String ts) {
        return message("message", userId, dmChannelId, text, ts).put("channel_type", "im");
    }

    /** {@code message} with subtype {@code file_share}: files sent to the bot in a DM (channel id "D..."). */
    public static ObjectNode fileShare(String userId, String dmChannelId, String ts, ObjectNode... files) {
        ObjectNode event = message("message", userId, dmChannelId, "", ts).put("subtype", "file_share")
                .put("channel_type", "im").put("upload", true);
        ArrayNode list = event.putArray("files");
        for (ObjectNode file : files) {
            list.add(file);
        }
        return event;
    }

    /** A file object as Slack puts it in a file_share event. */
    public static ObjectNode file(String fileId, String name, String mimetype, int size, String urlPrivateDownload) {
        return JSON.createObjectNode().put("id", fileId).put("name", name).put("title", name).put("mimetype", mimetype)
                .put("size", size).put("mode", "hosted").put("url_private", urlPrivateDownload)
                .put("url_private_download", urlPrivateDownload);
    }

    /** {@code message} with subtype {@code message_changed}: an edit, which the bot has no handler for. */
    public static ObjectNode messageChanged(String userId, String channelId, String ts) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channelId).put("ts", newTs()).put("event_ts", ts).put("hidden", true)
                .put("channel_type", "channel");
        event.putObject("message").put("type", "message").put("user", userId).put("text", "edited").put("ts", ts);
        return event;
    }

    /** {@code app_home_opened} for the Home tab. */
    public static ObjectNode appHomeOpened(String userId) {
        return appHomeOpened(userId, "home");
    }

    /** @param tab "home" or "messages" (Slack sends the event for both tabs) */
    public static ObjectNode appHomeOpened(String userId, String tab) {
        return JSON.createObjectNode().put("type", "app_home_opened").put("user", userId)
                .put("channel", "D" + userId).put("tab", tab).put("event_ts", newTs());
    }

    private static ObjectNode message(String type, String userId, String channelId, String text, String ts) {
        return JSON.createObjectNode().put("type", type).put("user", userId).put("text", text)
                .put("ts", ts).put("channel", channelId).put("event_ts", ts).put("team", FakeSlack.TEAM_ID);
    }

    /** {@code url_verification}, the handshake Slack sends when the Request URL is saved. */
    public static String urlVerification(String challenge) {
        return JSON.createObjectNode().put("token", "legacy-verification-token").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    // ---- slash commands

    /** The form fields of a slash command; send form-encoded over HTTP, or {@link #toJson} for Socket Mode. */
    public static Map<String, String> slashCommand(String command, String text, String userId, String channelId,
                                                   String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", FakeSlack.TEAM_ID);
        form.put("team_domain", "fake");
        form.put("channel_id", channelId);
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", "user-" + userId);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", FakeSlack.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-" + COUNTER.incrementAndGet());
        return form;
    }

    /** A flat map as a JSON object (a slash command payload in Socket Mode). */
    public static String toJson(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- interactivity

    /** A {@code block_actions} payload for a button click on a bot message. */
    public static String buttonClick(String userId, String channelId, String actionId, String value,
                                     String messageTs, String responseUrl) {
        ObjectNode root = JSON.createObjectNode()
                .put("type", "block_actions")
                .put("api_app_id", FakeSlack.APP_ID)
                .put("token", "legacy-verification-token")
                .put("trigger_id", "trigger-" + COUNTER.incrementAndGet())
                .put("response_url", responseUrl)
                .put("is_enterprise_install", false);
        root.putObject("user").put("id", userId).put("username", "user-" + userId).put("team_id", FakeSlack.TEAM_ID);
        root.putObject("team").put("id", FakeSlack.TEAM_ID).put("domain", "fake");
        root.putObject("channel").put("id", channelId).put("name", "general");
        root.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", false);
        root.putObject("message").put("type", "message").put("user", FakeSlack.BOT_USER_ID)
                .put("ts", messageTs).put("text", "a message with buttons");
        root.putArray("actions").addObject()
                .put("type", "button").put("action_id", actionId).put("block_id", "actions-1")
                .put("value", value).put("action_ts", newTs())
                .putObject("text").put("type", "plain_text").put("text", actionId);
        return root.toString();
    }

    /** A {@code block_actions} payload for a channels multi-select changed on the App Home. */
    public static String homeChannelsChosen(String userId, String actionId, List<String> channels) {
        ObjectNode root = JSON.createObjectNode()
                .put("type", "block_actions")
                .put("api_app_id", FakeSlack.APP_ID)
                .put("token", "legacy-verification-token")
                .put("trigger_id", "trigger-" + COUNTER.incrementAndGet())
                .put("is_enterprise_install", false);
        root.putObject("user").put("id", userId).put("username", "user-" + userId).put("team_id", FakeSlack.TEAM_ID);
        root.putObject("team").put("id", FakeSlack.TEAM_ID).put("domain", "fake");
        root.putObject("container").put("type", "view").put("view_id", "V0HOME");
        root.putObject("view").put("id", "V0HOME").put("type", "home").put("team_id", FakeSlack.TEAM_ID);
        ObjectNode action = root.putArray("actions").addObject()
                .put("type", "multi_conversations_select").put("action_id", actionId).put("block_id", "channels")
                .put("action_ts", newTs());
        channels.forEach(action.putArray("selected_conversations")::add);
        return root.toString();
    }
}
