package dev.reviewbot.slack;

import dev.reviewbot.command.Requester;
import dev.reviewbot.command.SeenEvents;
import java.util.Optional;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import java.io.IOException;

/**
 * Questions in conversation: a mention is answered in a thread under it; later messages in a thread the bot
 * answered continue it without a mention (when enabled); every direct message is a question. Replies go
 * through {@link ConversationReplies} (a placeholder first when a language model may take seconds).
 */
final class ChannelMessages {

    private final Answering answering;
    private final ConversationReplies replies;
    private final AfterAck afterAck;
    private final SeenEvents once;
    private final AnsweredThreads threads;
    private final boolean threadFollowUps;
    private final ReviewRemovals removals;

    ChannelMessages(Answering answering, ConversationReplies replies, AfterAck afterAck, SeenEvents once,
                    AnsweredThreads threads, boolean threadFollowUps, ReviewRemovals removals) {
        this.removals = removals;
        this.answering = answering;
        this.replies = replies;
        this.afterAck = afterAck;
        this.once = once;
        this.threads = threads;
        this.threadFollowUps = threadFollowUps;
    }

    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent mention = payload.getEvent();
        // In a DM the message event answers; other apps are never asked (no bot-to-bot loops).
        boolean fromPerson = mention.getUser() != null && mention.getBotId() == null;
        if (fromPerson && !mention.getChannel().startsWith("D") && firstTime(mention.getChannel(), mention.getTs())) {
            String threadTs = mention.getThreadTs() != null ? mention.getThreadTs() : mention.getTs();
            String text = IncomingText.plain(mention.getText(), ctx.getBotUserId());
            afterAck.run("app_mention", () ->
                    answerInThread(ctx.client(), mention.getUser(), mention.getChannel(), threadTs, text));
        }
        return ctx.ack();
    }

    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent message = payload.getEvent();
        if (message.getUser() == null || message.getBotId() != null) {
            return ctx.ack();
        }
        String text = IncomingText.plain(message.getText(), ctx.getBotUserId());
        if ("im".equals(message.getChannelType())) {
            if (firstTime(message.getChannel(), message.getTs())) {
                afterAck.run("direct message", () -> answerDirectly(ctx.client(), message, text));
            }
        } else if (isFollowUp(message, ctx.getBotUserId()) && firstTime(message.getChannel(), message.getTs())) {
            afterAck.run("thread follow-up", () ->
                    answerInThread(ctx.client(), message.getUser(), message.getChannel(), message.getThreadTs(), text));
        }
        return ctx.ack();
    }

    /** A reply in a thread the bot answered; one that mentions the bot is app_mention's. */
    private boolean isFollowUp(MessageEvent message, String botUserId) {
        return threadFollowUps && message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs())
                && threads.contains(message.getChannel(), message.getThreadTs())
                && !IncomingText.mentions(message.getText(), botUserId);
    }

    /** Slack may deliver one message twice: retried, or as both app_mention and message. */
    private boolean firstTime(String channel, String ts) {
        return once.firstTime("message/" + channel + "/" + ts);
    }

    private void answerInThread(MethodsClient client, String user, String channel, String threadTs, String text)
            throws IOException, SlackApiException {
        Answering.Turn turn = answering.understandMessage(Places.thread(user, channel, threadTs), text);
        if (turn.refused() && turn.refusal().quiet()) {
            return;
        }
        if (turn.refused() && turn.refusal().throttled()) {
            Outbox.postEphemeral(client, channel, user, threadTs, turn.refusal().message());
            return;
        }
        // Marked before posting: a reply typed the moment the answer appears is a follow-up too.
        threads.answered(channel, threadTs);
        if (!replies.reply(client, turn, channel, threadTs)) {
            threads.forget(channel, threadTs);
        }
    }

    private void answerDirectly(MethodsClient client, MessageEvent message, String text)
            throws IOException, SlackApiException {
        Requester who = Places.directMessages(message.getUser(), message.getChannel());
        Optional<String> removal = ReviewRemovals.target(text);
        if (removal.isPresent()) {
            removals.preview(client, who, removal.get(), message.getChannel(), message.getThreadTs());
            return;
        }
        Answering.Turn turn = answering.understandMessage(who, text);
        if (turn.refused() && turn.refusal().quiet()) {
            return;
        }
        replies.reply(client, turn, message.getChannel(), message.getThreadTs());
    }
}
