package dev.reviewbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/**
 * Replies in a thread or DM. When answers may be slow (a language model writes them, within its time
 * budget), a question first gets a short placeholder, posted right after the ack, and chat.update then
 * turns it into the answer: the asker sees at once that the bot is working, and the thread ends up with one
 * message. Without a model an answer takes a fraction of a second and is posted directly: a placeholder
 * would only add a notification and two Web API calls.
 */
final class ConversationReplies {

    private final Answering answering;
    private final boolean placeholders;

    /** @param placeholders whether answers may take seconds, so that questions get a placeholder first */
    ConversationReplies(Answering answering, boolean placeholders) {
        this.answering = answering;
        this.placeholders = placeholders;
    }

    /**
     * @param threadTs the thread to reply in, or null for the channel itself (a DM)
     * @return whether Slack took the reply
     */
    boolean reply(MethodsClient client, Answering.Turn turn, String channel, String threadTs)
            throws IOException, SlackApiException {
        String placeholder = placeholders && turn.question()
                ? Outbox.postForTs(client, channel, threadTs, answering.placeholder()) : null;
        SlackMessage message = answering.run(turn, AnswerView.CONVERSATION).message();
        boolean sent = placeholder != null && Outbox.update(client, channel, placeholder, message)
                // No placeholder, or Slack would not update it (deleted meanwhile, say): the answer must arrive anyway.
                || Outbox.post(client, channel, threadTs, message);
        if (sent && message != null) {
            ImageUploads.upload(client, channel, threadTs, message.images());
        }
        return sent;
    }
}
