package dev.reviewbot.command;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything a chat adapter gets from the core, built once by the wiring: the commands, the parser for
 * typed text, the record of events already handled and the threads answered in. Adapters never see the
 * services behind them.
 *
 * @param maxFileBytes the largest review file an upload may be (adapters refuse bigger ones before downloading)
 * @param slowAnswers  whether answers may take seconds (a language model writes them): show a placeholder first
 * @param clock        the time adapters check platform timestamps against (Slack's request signatures)
 */
public record ChatServices(CommandService commands, TextCommandParser parser, SeenEvents seenEvents,
                           FollowUpThreads followUpThreads, int maxFileBytes, boolean slowAnswers, Clock clock) {

    public ChatServices {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(seenEvents, "seenEvents");
        Objects.requireNonNull(followUpThreads, "followUpThreads");
        Objects.requireNonNull(clock, "clock");
    }

    /** The same services over other command state (tests: a tight rate limit, their own feedback log). */
    public ChatServices with(CommandService.State state) {
        return new ChatServices(commands.with(state), parser, seenEvents, followUpThreads, maxFileBytes, slowAnswers,
                clock);
    }
}
