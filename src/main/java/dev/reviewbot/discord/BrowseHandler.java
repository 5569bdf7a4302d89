package dev.reviewbot.discord;

import dev.reviewbot.command.Requester;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** /review, /reviews with its page buttons, and /help: the library as the core lists it. */
final class BrowseHandler {

    private final CommandService commands;
    private final ReplyViews views;
    private final ReviewViews reviews;
    private final Responder responder;

    BrowseHandler(CommandService commands, ReplyViews views, ReviewViews reviews, Responder responder) {
        this.commands = commands;
        this.views = views;
        this.reviews = reviews;
        this.responder = responder;
    }

    void onReview(SlashCommandInteractionEvent event) {
        String film = event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString);
        Optional<String> section = Optional.ofNullable(event.getOption(SlashCommands.SECTION, OptionMapping::getAsString))
                .filter(s -> !s.isBlank());
        Requester who = Requesters.of(event);
        if (refused(event, who, new BotCommand.ShowReview(film, section))) {
            return;
        }
        responder.deferReply(event, false, "/review", () ->
                views.render(commands.execute(who, new BotCommand.ShowReview(film, section))));
    }

    void onReviews(SlashCommandInteractionEvent event) {
        Requester who = Requesters.of(event);
        if (refused(event, who, new BotCommand.ListReviews())) {
            return;
        }
        responder.deferReply(event, false, "/reviews", () ->
                views.render(commands.execute(who, new BotCommand.ListReviews())));
    }

    /** Another page of /reviews: the message with the buttons is edited in place. */
    void onPage(ButtonInteractionEvent event, ButtonAction.Page page) {
        Requester who = Requesters.of(event);
        responder.deferEdit(event, "/reviews page", () -> {
            Reply reply = commands.execute(who, new BotCommand.ListReviews());
            return reply instanceof Reply.ReviewList list ? reviews.page(list.reviews(), page.page()) : views.render(reply);
        });
    }

    /** In a channel admins did not choose: one line, to the asker only, saying where the bot answers. */
    private boolean refused(SlashCommandInteractionEvent event, Requester who, BotCommand command) {
        Optional<Reply> refusal = commands.refusal(who, command);
        refusal.ifPresent(r -> responder.send(event.reply(views.render(r)).setEphemeral(true), "/" + event.getName()));
        return refusal.isPresent();
    }

    /** Static text, answered at once and to the asker only. */
    void onHelp(SlashCommandInteractionEvent event) {
        Reply help = commands.execute(Requesters.of(event), new BotCommand.Help());
        responder.send(event.reply(views.render(help)).setEphemeral(true), "/help");
    }
}
