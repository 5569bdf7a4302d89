package dev.reviewbot.slack;

import dev.reviewbot.answer.ConversationId;

/** Where a Slack conversation happens, as the core's {@link ConversationId}: follow-ups are per place. */
final class Places {

    static final String PLATFORM = "slack";

    private Places() {
    }

    /** A channel thread: the mention that started it and every reply share the thread's ts. */
    static ConversationId thread(String channel, String threadTs) {
        return new ConversationId(PLATFORM, channel + "/" + threadTs);
    }

    /** A direct-message channel with the bot: one conversation, threads or not. */
    static ConversationId directMessages(String channel) {
        return new ConversationId(PLATFORM, "dm/" + channel);
    }

    /** /review answers are private, so each user has their own conversation in each channel. */
    static ConversationId slashCommands(String channel, String user) {
        return new ConversationId(PLATFORM, channel + "/slash/" + user);
    }

    /** A button click that shows something (a full section) but asks nothing: no conversation to follow. */
    static ConversationId click(String user) {
        return new ConversationId(PLATFORM, "click/" + user);
    }
}
