package dev.reviewbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a message's pictures beside it, the way Slack now wants files uploaded: files.getUploadURLExternal,
 * the bytes to the URL it gives, files.completeUploadExternal to share them in the channel or thread (Bolt's
 * filesUploadV2 makes the three calls). Needs the files:write scope. A failed upload is logged and the
 * message stands alone: the text scorecard says the same.
 */
final class ImageUploads {

    private static final Logger log = LoggerFactory.getLogger(ImageUploads.class);

    private ImageUploads() {
    }

    /** To the user's DM with the bot: beside a private answer (a /review command's), where only they see it. */
    static void uploadToDm(MethodsClient client, String user, List<SlackImage> images) {
        try {
            ConversationsOpenResponse dm = client.conversationsOpen(r -> r.users(List.of(user)));
            if (!dm.isOk()) {
                log.warn("Slack: cannot open a DM with {} for its pictures: {}", user, dm.getError());
                return;
            }
            upload(client, dm.getChannel().getId(), null, images);
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.warn("Slack: cannot open a DM with {} for its pictures", user, e);
        }
    }

    /** @param threadTs the thread to share them in, or null for the channel itself */
    static void upload(MethodsClient client, String channel, String threadTs, List<SlackImage> images) {
        for (SlackImage image : images) {
            try {
                FilesUploadV2Response response = client.filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
                        .filename(image.filename()).title(image.title()).altTxt(image.altText()).fileData(image.png())
                        .requestFileInfo(false));
                if (!response.isOk()) {
                    log.warn("Slack: uploading {} to {} failed: {}{}", image.filename(), channel, response.getError(),
                            "missing_scope".equals(response.getError()) ? " (does the Slack app have the files:write scope?)" : "");
                }
            } catch (IOException | SlackApiException | RuntimeException e) {
                log.warn("Slack: uploading {} to {} failed", image.filename(), channel, e);
            }
        }
    }
}
