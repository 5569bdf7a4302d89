package dev.reviewbot.discord;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * Suggestions while a user types a film (any command) or a section (/review, of the film typed so far),
 * from the library's current catalog: at most 25, names and values at most 100 characters. Answered at
 * once on the event thread: it reads an in-memory snapshot, and Discord gives autocomplete no deferral.
 */
final class Autocompleter {

    private final CommandService commands;
    private final Responder responder;

    Autocompleter(CommandService commands, Responder responder) {
        this.commands = commands;
        this.responder = responder;
    }

    void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        BotCommand suggest = switch (event.getFocusedOption().getName()) {
            case SlashCommands.FILM -> new BotCommand.SuggestFilms(typed);
            case SlashCommands.SECTION -> new BotCommand.SuggestSections(
                    event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString), typed);
            default -> null;
        };
        List<String> names = suggest != null
                && commands.execute(Requesters.of(event), suggest) instanceof Reply.Suggestions suggestions
                ? suggestions.names() : List.of();
        responder.send(event.replyChoices(choices(names)), "autocomplete");
    }

    static List<Command.Choice> choices(List<String> names) {
        return names.stream().limit(OptionData.MAX_CHOICES)
                .map(name -> new Command.Choice(Fit.cut(name, OptionData.MAX_CHOICE_NAME_LENGTH),
                        Fit.cut(name, OptionData.MAX_CHOICE_VALUE_LENGTH)))
                .toList();
    }
}
