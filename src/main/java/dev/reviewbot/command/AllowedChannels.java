package dev.reviewbot.command;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where the bot answers in each server or workspace: every channel (the default), or only the channels an
 * admin listed. Kept with the library's state, so it survives restarts.
 *
 * <p>The contract (AllowedChannelsContract holds its tests; every implementation extends them):
 * <ul>
 *   <li>{@link #of} of a space never set, or set to empty, is the empty set: every channel;</li>
 *   <li>{@link #update} applies the change to the current set atomically (two admins adding a channel each at
 *       once keep both), stores it before returning, and returns the stored set;</li>
 *   <li>spaces are independent; a space is any non-blank key (the wiring passes "platform:server").</li>
 * </ul>
 */
public interface AllowedChannels {

    /** The channels of {@code space} the bot answers in; empty for every channel. */
    Set<String> of(String space);

    /** Replaces the space's channels with {@code change} applied to them (an empty result: every channel). */
    Set<String> update(String space, UnaryOperator<Set<String>> change);
}
