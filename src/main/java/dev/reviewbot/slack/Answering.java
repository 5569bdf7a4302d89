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
 * apply the per-user rate limit to questions, run the core command, render.
 */
final class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    /** What to send; {@code throttled} asks the caller to show it to the asker only. */
    record Outgoing(SlackMessage message, boolean throttled) {
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

    Outgoing reply(String userId, ConversationId where, String text, AnswerView view) {
        BotCommand command;
        try {
            command = commandText.parse(text);
        } catch (IllegalArgumentException e) {
            return new Outgoing(renderer.notice("Sorry: " + e.getMessage()), false);
        }
        if (command instanceof BotCommand.Ask && !rateLimiter.tryAcquire(Places.PLATFORM, userId)) {
            return new Outgoing(renderer.notice("You have asked " + rateLimiter.perMinute()
                    + " questions in the last minute, the limit; please wait a moment and ask again."), true);
        }
        Reply reply;
        try {
            reply = commands.execute(where, command);
        } catch (RuntimeException e) {
            log.error("Slack: answering {} failed", command.getClass().getSimpleName(), e);
            return new Outgoing(renderer.notice("Sorry, something went wrong on my side; it has been logged."), false);
        }
        if (reply instanceof Reply.AnswerReply answered) {
            Answer answer = answered.result().answer();
            return new Outgoing(renderer.answer(answer, recentAnswers.remember(answer), view, userId), false);
        }
        return new Outgoing(renderer.render(reply), false);
    }
}
