package dev.reviewbot.command;

/**
 * Keys already handled (platform event ids, messages, shares), so each is handled once: a platform may
 * deliver an event again (Slack retries one it thinks was not acknowledged) or twice under two names.
 *
 * <p>Contract: {@link #firstTime} is atomic: of any number of concurrent calls with one key, exactly one
 * returns true; later calls return false for as long as the implementation remembers (at least a day).
 */
public interface SeenEvents {

    boolean firstTime(String key);
}
