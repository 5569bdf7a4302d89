package dev.reviewbot.discord;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Requester;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * The buttons under an answer: "Full section" shows the cited section whole (to the clicker only), and
 * thumbs up/down record feedback; the core finds the answer by its id and counts a vote once per user.
 */
final class AnswerButtons {

    static final String EXPIRED = CommandService.TOO_OLD_FOR_BUTTONS;

    private final CommandService commands;
    private final ReplyViews views;
    private final Responder responder;

    AnswerButtons(CommandService commands, ReplyViews views, Responder responder) {
        this.commands = commands;
        this.views = views;
        this.responder = responder;
    }

    void onFullSection(ButtonInteractionEvent event, ButtonAction.FullSection action) {
        Requester who = Requesters.of(event);
        responder.deferReply(event, true, "Full section", () -> views.render(commands.execute(who,
                new BotCommand.FullSection(action.answerId(), action.citation()))));
    }

    void onVote(ButtonInteractionEvent event, ButtonAction.Vote vote) {
        Requester who = Requesters.of(event);
        responder.deferReply(event, true, "feedback", () -> views.render(commands.execute(who,
                new BotCommand.Vote(vote.answerId(), vote.helpful()))));
    }
}
