package dev.reviewbot.discord;

import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
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

    private final ReviewLibrary library;
    private final AnswerService answers;
    private final Responder responder;

    Autocompleter(ReviewLibrary library, AnswerService answers, Responder responder) {
        this.library = library;
        this.answers = answers;
        this.responder = responder;
    }

    void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        List<String> names = switch (event.getFocusedOption().getName()) {
            case SlashCommands.FILM -> matching(library.catalog().films(), typed);
            case SlashCommands.SECTION -> sections(event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString), typed);
            default -> List.of();
        };
        responder.send(event.replyChoices(choices(names)), "autocomplete");
    }

    private List<String> sections(String filmTyped, String typed) {
        if (filmTyped.isBlank()) {
            return List.of();
        }
        Catalog catalog = library.catalog();
        try {
            String film = answers.resolveFilm(filmTyped, catalog);
            return matching(catalog.reviewsOf(film).stream()
                    .flatMap(r -> r.sections().stream().map(s -> s.name())).distinct().toList(), typed);
        } catch (InvalidQuestionException unknownFilm) {
            return List.of();
        }
    }

    /** Names starting with what was typed, then names containing it; all of them when nothing is typed. */
    static List<String> matching(List<String> names, String typed) {
        String wanted = TextCleaner.wordsOnly(typed == null ? "" : typed);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            String words = TextCleaner.wordsOnly(name);
            if (words.startsWith(wanted)) {
                starting.add(name);
            } else if (words.contains(wanted)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    static List<Command.Choice> choices(List<String> names) {
        return names.stream().limit(OptionData.MAX_CHOICES)
                .map(name -> new Command.Choice(Fit.cut(name, OptionData.MAX_CHOICE_NAME_LENGTH),
                        Fit.cut(name, OptionData.MAX_CHOICE_VALUE_LENGTH)))
                .toList();
    }
}
