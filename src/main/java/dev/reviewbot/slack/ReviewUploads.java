package dev.reviewbot.slack;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.SeenEvents;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import java.io.IOException;
import java.util.List;

/**
 * Admin ingestion: a review file sent to the bot in a DM is downloaded and ingested, and the sender is told
 * the result or what was wrong. Files from anyone else are refused politely; files in channels are ignored.
 */
final class ReviewUploads {

    static final String REFUSAL = "Sorry, only workspace admins (and the admins named in ReviewBot's config) "
            + "can add reviews. You can still ask me anything about the stored ones.";

    private final CommandService commands;
    private final SlackAdmins admins;
    private final FileDownloads downloads;
    private final int maxFileBytes;
    private final BlockKitRenderer renderer;
    private final AfterAck afterAck;
    private final SeenEvents once;

    ReviewUploads(CommandService commands, SlackAdmins admins, FileDownloads downloads, int maxFileBytes,
                  BlockKitRenderer renderer, AfterAck afterAck, SeenEvents once) {
        this.commands = commands;
        this.admins = admins;
        this.downloads = downloads;
        this.maxFileBytes = maxFileBytes;
        this.renderer = renderer;
        this.afterAck = afterAck;
        this.once = once;
    }

    Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent shared = payload.getEvent();
        if ("im".equals(shared.getChannelType()) && shared.getUser() != null
                && once.firstTime("message/" + shared.getChannel() + "/" + shared.getTs())) {
            String botToken = ctx.getBotToken();
            afterAck.run("file upload", () -> receive(ctx.client(), botToken, shared));
        }
        return ctx.ack();
    }

    private void receive(MethodsClient client, String botToken, MessageFileShareEvent shared)
            throws IOException, SlackApiException, InterruptedException {
        if (!admins.isAdmin(client, shared.getUser())) {
            Outbox.post(client, shared.getChannel(), shared.getThreadTs(), renderer.notice(REFUSAL));
            return;
        }
        List<File> files = shared.getFiles() == null ? List.of() : shared.getFiles();
        for (File file : files) {
            SlackMessage result = ingest(client, botToken, file, shared.getUser(), shared.getChannel());
            Outbox.post(client, shared.getChannel(), shared.getThreadTs(), result);
        }
    }

    /** @return what happened, in words for the admin */
    private SlackMessage ingest(MethodsClient client, String botToken, File file, String user, String channel)
            throws IOException, SlackApiException, InterruptedException {
        File described = file;
        if (described.getUrlPrivateDownload() == null && described.getId() != null) {
            // Events may carry a stub ("file_access": "check_file_info"): files.info has the rest.
            FilesInfoResponse info = client.filesInfo(r -> r.file(file.getId()));
            described = info.isOk() ? info.getFile() : file;
        }
        String name = described.getName() != null ? described.getName() : String.valueOf(described.getId());
        if (described.getUrlPrivateDownload() == null) {
            return renderer.notice("Could not add " + name + ": Slack did not say where to download it.");
        }
        if (described.getSize() != null && described.getSize() > maxFileBytes) {
            return renderer.notice("Could not add " + name + ": it is " + described.getSize() + " bytes; the limit is " + maxFileBytes + ".");
        }
        byte[] content;
        try {
            content = downloads.download(described.getUrlPrivateDownload(), botToken, maxFileBytes);
        } catch (FileDownloads.DownloadException e) {
            return renderer.notice("Could not download " + name + " from Slack: " + e.getMessage() + ".");
        }
        return renderer.render(commands.execute(Places.directMessages(user, channel),
                new BotCommand.AddReview(name, content)));
    }
}
