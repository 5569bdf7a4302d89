package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static dev.reviewbot.slack.FakeSlack.APP_ID;
import static dev.reviewbot.slack.FakeSlack.APP_TOKEN;
import static dev.reviewbot.slack.FakeSlack.BOT_ID;
import static dev.reviewbot.slack.FakeSlack.BOT_TOKEN;
import static dev.reviewbot.slack.FakeSlack.BOT_USER_ID;
import static dev.reviewbot.slack.FakeSlack.TEAM_ID;

/** The answers of {@link FakeSlack}'s Web API methods, shaped like Slack's; unknown methods get unknown_method. */
final class FakeWebApi {

    /** A file that {@code files.info} describes and {@code /files/{name}} serves. */
    record FakeFile(String id, String name, String mimetype, byte[] content) {
    }

    /**
     * A file as the v2 upload makes it: files.getUploadURLExternal names it and its length, the bytes arrive
     * at its upload URL, and files.completeUploadExternal shares it (channel, thread) under a title.
     */
    record Upload(String id, String filename, int length, String altText, byte[] content, String title,
                  String channel, String threadTs) {

        boolean uploaded() {
            return content != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    private final FakeSlack fake;
    private volatile Set<String> adminUserIds = Set.of();
    private final Map<String, FakeFile> filesById = new ConcurrentHashMap<>();
    private final AtomicLong messageCounter = new AtomicLong();
    /** channel/ts of each message the bot posted: what chat.update may change. */
    private final Map<String, FakeSlack.Message> messages = new ConcurrentHashMap<>();
    private final long startSeconds = System.currentTimeMillis() / 1000;

    FakeWebApi(FakeSlack fake) {
        this.fake = fake;
    }

    void setAdmins(Set<String> userIds) {
        adminUserIds = Set.copyOf(userIds);
    }

    void addFile(FakeFile file) {
        filesById.put(file.id(), file);
    }

    Optional<FakeFile> fileNamed(String name) {
        return filesById.values().stream().filter(file -> file.name().equals(name)).findFirst();
    }

    ObjectNode answer(String method, RecordedCall call) {
        String token = call.token();
        if (token == null) {
            return error("not_authed");
        }
        if (method.equals("auth.test") && token.equals(APP_TOKEN)) {
            // The SDK's TeamIdCache calls auth.test with every token it uses, the app token included.
            return ok().put("team_id", TEAM_ID).put("app_id", APP_ID).put("is_enterprise_install", false);
        }
        String expectedToken = method.equals("apps.connections.open") ? APP_TOKEN : BOT_TOKEN;
        if (!expectedToken.equals(token)) {
            return error(token.equals(APP_TOKEN) || token.equals(BOT_TOKEN) ? "not_allowed_token_type" : "invalid_auth");
        }
        return switch (method) {
            case "auth.test" -> ok().put("url", "https://fake.slack.test/").put("team", "Fake Team")
                    .put("user", "reviewbot").put("team_id", TEAM_ID).put("user_id", BOT_USER_ID)
                    .put("bot_id", BOT_ID).put("is_enterprise_install", false);
            case "apps.connections.open" -> ok().put("url", fake.socketMode().url());
            case "chat.postMessage" -> postMessage(call);
            case "chat.postEphemeral" -> ok().put("message_ts", nextTs());
            case "chat.update" -> updateMessage(call);
            case "views.publish" -> publishView(call);
            case "users.info" -> ok().set("user", user(call.param("user")));
            case "bots.info" -> ok().set("bot", JSON.createObjectNode().put("id", call.param("bot"))
                    .put("app_id", APP_ID).put("user_id", BOT_USER_ID).put("name", "reviewbot"));
            case "conversations.open" -> openConversation(call);
            case "files.info" -> fileInfo(call.param("file"));
            case "files.getUploadURLExternal" -> uploadUrl(call);
            case "files.completeUploadExternal" -> completeUpload(call);
            default -> error("unknown_method");
        };
    }

    private ObjectNode postMessage(RecordedCall call) {
        String ts = nextTs();
        messages.put(call.param("channel") + "/" + ts, new FakeSlack.Message(call.param("channel"), ts,
                call.param("thread_ts"), call.param("text"), call.param("blocks")));
        ObjectNode message = JSON.createObjectNode().put("type", "message").put("text", call.param("text"))
                .put("user", BOT_USER_ID).put("bot_id", BOT_ID).put("ts", ts);
        if (call.param("thread_ts") != null) {
            message.put("thread_ts", call.param("thread_ts"));
        }
        ObjectNode answer = ok().put("channel", call.param("channel")).put("ts", ts);
        answer.set("message", message);
        return answer;
    }

    /** As Slack: only a message the bot posted can be updated, and then it holds the new text and blocks. */
    private ObjectNode updateMessage(RecordedCall call) {
        String key = call.param("channel") + "/" + call.param("ts");
        FakeSlack.Message old = messages.get(key);
        if (old == null) {
            return error("message_not_found");
        }
        messages.put(key, new FakeSlack.Message(old.channel(), old.ts(), old.threadTs(), call.param("text"),
                call.param("blocks")));
        return ok().put("channel", old.channel()).put("ts", old.ts()).put("text", call.param("text"));
    }

    /** The bot's messages in a channel as they stand now, oldest first. */
    List<FakeSlack.Message> messagesIn(String channel) {
        return messages.values().stream().filter(m -> m.channel().equals(channel))
                .sorted(Comparator.comparing(FakeSlack.Message::ts)).toList();
    }

    private ObjectNode publishView(RecordedCall call) {
        ObjectNode view = JSON.createObjectNode();
        String viewJson = call.param("view");
        if (viewJson != null && viewJson.startsWith("{")) {
            try {
                view = (ObjectNode) JSON.readTree(viewJson);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        view.put("id", "V" + messageCounter.incrementAndGet()).put("team_id", TEAM_ID).put("app_id", APP_ID);
        return ok().set("view", view);
    }

    private ObjectNode user(String userId) {
        boolean bot = BOT_USER_ID.equals(userId);
        String name = bot ? "reviewbot" : "user-" + userId;
        ObjectNode user = JSON.createObjectNode().put("id", userId).put("team_id", TEAM_ID).put("name", name)
                .put("real_name", name).put("deleted", false).put("is_bot", bot)
                .put("is_admin", adminUserIds.contains(userId)).put("is_owner", false);
        user.set("profile", JSON.createObjectNode().put("real_name", name).put("display_name", name));
        return user;
    }

    private ObjectNode openConversation(RecordedCall call) {
        String users = call.param("users");
        String channelId = call.param("channel");
        if (channelId == null) {
            if (users == null || users.isBlank()) {
                return error("users_list_not_supplied");
            }
            channelId = "D" + users.split(",")[0].replaceFirst("^U", "");
        }
        ObjectNode channel = JSON.createObjectNode().put("id", channelId).put("is_im", true);
        if (users != null) {
            channel.put("user", users.split(",")[0]);
        }
        return ok().set("channel", channel);
    }

    private ObjectNode fileInfo(String fileId) {
        FakeFile file = fileId == null ? null : filesById.get(fileId);
        if (file == null) {
            return error("file_not_found");
        }
        String extension = file.name().contains(".") ? file.name().substring(file.name().lastIndexOf('.') + 1) : "";
        ObjectNode node = JSON.createObjectNode().put("id", file.id()).put("name", file.name())
                .put("title", file.name()).put("mimetype", file.mimetype()).put("filetype", extension)
                .put("size", file.content().length).put("mode", "hosted").put("is_external", false)
                .put("url_private", fake.fileUrl(file.name())).put("url_private_download", fake.fileUrl(file.name()));
        return ok().set("file", node);
    }

    private ObjectNode uploadUrl(RecordedCall call) {
        String filename = call.param("filename");
        String length = call.param("length");
        if (filename == null || filename.isBlank() || length == null || !length.matches("\\d+")) {
            return error("invalid_arguments");
        }
        String id = "F" + String.format(Locale.ROOT, "%08d", messageCounter.incrementAndGet());
        uploads.put(id, new Upload(id, filename, Integer.parseInt(length), call.param("alt_txt"), null, null, null, null));
        return ok().put("upload_url", fake.baseUrl() + "/upload/v1/" + id).put("file_id", id);
    }

    /** The bytes posted to an upload URL; false when no files.getUploadURLExternal gave that URL. */
    boolean receiveUpload(String id, byte[] content) {
        return uploads.computeIfPresent(id, (key, u) -> new Upload(u.id(), u.filename(), u.length(), u.altText(), content,
                null, null, null)) != null;
    }

    /** As Slack: every file must have been uploaded, with the length announced, before it can be shared. */
    private ObjectNode completeUpload(RecordedCall call) {
        JsonNode files;
        try {
            files = JSON.readTree(call.param("files") == null ? "" : call.param("files"));
        } catch (IOException e) {
            return error("invalid_arguments");
        }
        if (files == null || !files.isArray() || files.isEmpty()) {
            return error("invalid_arguments");
        }
        ArrayNode shared = JSON.createArrayNode();
        for (JsonNode file : files) {
            Upload upload = uploads.get(file.path("id").asText());
            if (upload == null || !upload.uploaded() || upload.content().length != upload.length()) {
                return error("file_not_found");
            }
            String title = file.path("title").asText(upload.filename());
            uploads.put(upload.id(), new Upload(upload.id(), upload.filename(), upload.length(), upload.altText(),
                    upload.content(), title, call.param("channel_id"), call.param("thread_ts")));
            filesById.put(upload.id(), new FakeFile(upload.id(), upload.filename(), "image/png", upload.content()));
            shared.add(JSON.createObjectNode().put("id", upload.id()).put("title", title));
        }
        return (ObjectNode) ok().set("files", shared);
    }

    /** The files shared by files.completeUploadExternal, in no particular order. */
    List<Upload> sharedUploads() {
        return uploads.values().stream().filter(u -> u.channel() != null).toList();
    }

    private String nextTs() {
        return String.format(Locale.ROOT, "%d.%06d", startSeconds, messageCounter.incrementAndGet());
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }
}
