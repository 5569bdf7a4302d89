package dev.reviewbot.slack;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.RecentAnswers;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.RateLimiter;
import dev.reviewbot.command.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path from a user's text to the bot's message, for /review, mentions, threads and DMs: parse,
 * apply the per-user rate limit to questions, run the core command, render. In two steps, so that a caller
 * can show that the bot is working between the quick one ({@link #understand}) and the slow one ({@link #run}).
 */
final class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    /** What to send; {@code throttled} asks the caller to show it to the asker only. */
    record Outgoing(SlackMessage message, boolean throttled) {

        /** Nothing at all: the user was already told that they are limited. */
        static final Outgoing QUIET = new Outgoing(null, true);

        boolean quiet() {
            return message == null;
        }
    }

    /** A user's text understood: a command to run, or the refusal (bad syntax, rate limit) to show at once. */
    record Turn(String userId, BotCommand command, Outgoing refusal) {

        boolean refused() {
            return refusal != null;
        }

        /** A question to answer: the one command that may wait seconds for a language model. */
        boolean question() {
            return !refused() && command instanceof BotCommand.Ask;
        }
    }

    private final CommandService commands;
    private final CommandText commandText;
    private final RateLimiter rateLimiter;
    private final RecentAnswers recentAnswers;
    private final BlockKitRenderer renderer;

    Answering(CommandService commands, CommandText commandText, RateLimiter rateLimiter, RecentAnswers recentAnswers,
              BlockKitRenderer renderer) {
        this.commands = commands;
        this.commandText = commandText;
        this.rateLimiter = rateLimiter;
        this.recentAnswers = recentAnswers;
        this.renderer = renderer;
    }

    /**
     * {@link #understand} for a message (a mention, a thread follow-up, a DM): a flood must not make the bot
     * post once per message, so an empty message gets the help once and a limited user is told once; after
     * that the bot stays quiet until the limit resets.
     */
    Turn understandMessage(String userId, String text) {
        if (text.isBlank() && !rateLimiter.firstNotice(Places.PLATFORM, userId, "hint")) {
            return new Turn(userId, null, Outgoing.QUIET);
        }
        return understand(userId, text, true);
    }

    /** Parsing and the rate limit: quick, and a question counts against the limit here. */
    Turn understand(String userId, String text) {
        return understand(userId, text, false);
    }

    private Turn understand(String userId, String text, boolean quietOnceTold) {
        BotCommand command;
        try {
            command = commandText.parse(text);
        } catch (IllegalArgumentException e) {
            return new Turn(userId, null, new Outgoing(renderer.notice("Sorry: " + e.getMessage()), false));
        }
        RateLimiter.Admission admission = command instanceof BotCommand.Ask
                ? rateLimiter.admit(Places.PLATFORM, userId) : RateLimiter.Admission.ANSWER;
        if (admission == RateLimiter.Admission.STAY_QUIET && quietOnceTold) {
            return new Turn(userId, command, Outgoing.QUIET);
        }
        if (admission != RateLimiter.Admission.ANSWER) {
            return new Turn(userId, command, new Outgoing(renderer.notice("You have asked " + rateLimiter.perMinute()
                    + " questions in the last minute, the limit; please wait a moment and ask again."), true));
        }
        return new Turn(userId, command, null);
    }

    /** The command's reply as a message (the refusal when there is one); with a language model, seconds. */
    Outgoing run(Turn turn, ConversationId where, AnswerView view) {
        if (turn.refused()) {
            return turn.refusal();
        }
        Reply reply;
        try {
            reply = commands.execute(where, turn.command());
        } catch (RuntimeException e) {
            log.error("Slack: answering {} failed", turn.command().getClass().getSimpleName(), e);
            return new Outgoing(renderer.notice("Sorry, something went wrong on my side; it has been logged."), false);
        }
        if (reply instanceof Reply.AnswerReply answered) {
            Answer answer = answered.result().answer();
            return new Outgoing(renderer.answer(answer, recentAnswers.remember(answer), view, turn.userId()), false);
        }
        return new Outgoing(renderer.render(reply), false);
    }

    /** What stands in for an answer being worked out. */
    SlackMessage placeholder() {
        return renderer.placeholder();
    }
}
