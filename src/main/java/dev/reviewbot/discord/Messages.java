package dev.reviewbot.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every message the bot sends starts here, so that none can ping anyone: allowed mentions are empty
 * (no @everyone, @here, roles or users, not even the author of the message replied to), whatever the
 * quoted review or the echoed question contains. Set on each message and each edit: JDA's global
 * default (MessageRequest.setDefaultMentions) does not reach edits of a deferred reply.
 */
final class Messages {

    private Messages() {
    }

    /** A new message with no allowed mentions. */
    static MessageCreateBuilder builder() {
        return new MessageCreateBuilder().setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionRepliedUser(false);
    }

    /** A short plain-text message (a notice, a problem), cut to the content limit. */
    static MessageCreateData text(String text) {
        return builder().setContent(Fit.cut(text, Message.MAX_CONTENT_LENGTH)).build();
    }

    /** The same message as an edit that replaces everything, again with no allowed mentions. */
    static MessageEditData edit(MessageCreateData message) {
        return MessageEditBuilder.fromCreateData(message).setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionRepliedUser(false).build();
    }
}
