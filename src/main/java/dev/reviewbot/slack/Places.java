package dev.reviewbot.slack;

import dev.reviewbot.command.Requester;

/** Who asks and where on Slack, as the core's {@link Requester}: follow-ups are per place. */
final class Places {

    static final String PLATFORM = "slack";

    private Places() {
    }

    /** A channel thread: the mention that started it and every reply share the thread's ts. */
    static Requester thread(String user, String channel, String threadTs) {
        return new Requester(PLATFORM, user, Requester.Place.thread(null, channel, threadTs));
    }

    /** A direct-message channel with the bot: one conversation, threads or not. */
    static Requester directMessages(String user, String channel) {
        return new Requester(PLATFORM, user, Requester.Place.direct(channel));
    }

    /**
     * /review answers are private, so each user has their own conversation in each channel; in the DM with
     * the bot (a "D" channel) it is that DM's conversation, answered wherever admins allow channels.
     */
    static Requester slashCommands(String user, String channel) {
        return isDirect(channel) ? directMessages(user, channel)
                : new Requester(PLATFORM, user, Requester.Place.privateIn(null, channel));
    }

    /** A button click: who clicked, in the channel of the clicked message (or their own place). */
    static Requester click(String user, String channel) {
        return isDirect(channel) ? directMessages(user, channel)
                : new Requester(PLATFORM, user, Requester.Place.privateIn(null, channel == null ? "click" : channel));
    }

    private static boolean isDirect(String channel) {
        return channel != null && channel.startsWith("D");
    }
}
