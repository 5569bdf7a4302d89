package dev.reviewbot.slack;

import dev.reviewbot.command.FollowUpThreads;

/**
 * Channel threads the bot has answered in, where later messages are follow-ups that need no mention:
 * Slack's names for them (channel and thread timestamp) over the core's {@link FollowUpThreads}, which
 * the wiring keeps in memory or, shared by every process, in PostgreSQL.
 */
final class AnsweredThreads {

    private final FollowUpThreads threads;

    AnsweredThreads(FollowUpThreads threads) {
        this.threads = threads;
    }

    void answered(String channel, String threadTs) {
        threads.answered(channel + "/" + threadTs);
    }

    void forget(String channel, String threadTs) {
        threads.forget(channel + "/" + threadTs);
    }

    boolean contains(String channel, String threadTs) {
        return threads.contains(channel + "/" + threadTs);
    }
}
