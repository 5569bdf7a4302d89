package dev.reviewbot.slack;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path from a user's text to the bot's message, for /review, mentions, threads and DMs: parse,
 * let the core admit the command (its rate limit), run it, render. In two steps, so that a caller can show
 * that the bot is working between the quick one ({@link #understand}) and the slow one ({@link #run}).
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
    record Turn(Requester who, BotCommand command, Outgoing refusal) {

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
    private final BlockKitRenderer renderer;

    Answering(CommandService commands, CommandText commandText, BlockKitRenderer renderer) {
        this.commands = commands;
        this.commandText = commandText;
        this.renderer = renderer;
    }

    /**
     * {@link #understand} for a message (a mention, a thread follow-up, a DM): a flood must not make the bot
     * post once per message, so an empty message gets the help once and a limited user is told once; after
     * that the bot stays quiet until the limit resets.
     */
    Turn understandMessage(Requester who, String text) {
        if (text.isBlank()) {
            Reply empty = commands.execute(who, new BotCommand.Empty());
            if (empty instanceof Reply.NotHere || empty instanceof Reply.Hint hint && hint.alreadyTold()) {
                return new Turn(who, null, Outgoing.QUIET);
            }
        }
        return understand(who, text, true);
    }

    /** Parsing and the rate limit: quick, and a question counts against the limit here. */
    Turn understand(Requester who, String text) {
        return understand(who, text, false);
    }

    private Turn understand(Requester who, String text, boolean quietOnceTold) {
        BotCommand command;
        try {
            command = commandText.parse(text);
        } catch (IllegalArgumentException e) {
            return new Turn(who, null, new Outgoing(renderer.notice("Sorry: " + e.getMessage()), false));
        }
        Optional<Reply> refusal = commands.refusal(who, command);
        if (refusal.isEmpty()) {
            return new Turn(who, command, null);
        }
        if (refusal.get() instanceof Reply.RateLimited limited && limited.alreadyTold() && quietOnceTold) {
            return new Turn(who, command, Outgoing.QUIET);
        }
        if (refusal.get() instanceof Reply.NotHere && quietOnceTold) {
            return new Turn(who, command, Outgoing.QUIET); // a mention where admins chose other channels: silence
        }
        return new Turn(who, command, new Outgoing(renderer.render(refusal.get()), true));
    }

    /** The command's reply as a message (the refusal when there is one); with a language model, seconds. */
    Outgoing run(Turn turn, AnswerView view) {
        if (turn.refused()) {
            return turn.refusal();
        }
        Reply reply;
        try {
            reply = commands.run(turn.who(), turn.command());
        } catch (RuntimeException e) {
            log.error("Slack: answering {} failed", turn.command().getClass().getSimpleName(), e);
            return new Outgoing(renderer.notice("Sorry, something went wrong on my side; it has been logged."), false);
        }
        return new Outgoing(renderer.render(reply, view, turn.who().user()), false);
    }

    /** What stands in for an answer being worked out. */
    SlackMessage placeholder() {
        return renderer.placeholder();
    }
}
