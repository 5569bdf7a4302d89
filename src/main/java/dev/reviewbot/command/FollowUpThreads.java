package dev.reviewbot.command;

/**
 * Threads the bot has answered in, where later messages are follow-ups that need no mention (Slack
 * channel threads). Keys are chosen by the platform (e.g. "C1/1712.0001"); the core only stores them.
 *
 * <p>Contract: {@link #contains} is true after {@link #answered} until {@link #forget}, or until nobody
 * touched the thread for a day (reading it counts as a touch). Safe for concurrent use.
 */
public interface FollowUpThreads {

    void answered(String thread);

    void forget(String thread);

    boolean contains(String thread);
}
