package dev.reviewbot.command;

import dev.reviewbot.text.TextCleaner;
import dev.reviewbot.text.TitleMatcher;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a typed line as a command: "/reviews", "/review Ballerina acting", "/help", "/stats"; anything
 * that does not start with "/" is a question. The console uses it, and so can any text-based platform.
 */
public final class TextCommandParser {

    private final Supplier<TitleMatcher> films;

    public TextCommandParser(Supplier<TitleMatcher> films) {
        this.films = films;
    }

    /** @throws IllegalArgumentException for an unknown "/" command, naming it */
    public BotCommand parse(String line) {
        String text = line.strip();
        if (!text.startsWith("/")) {
            return new BotCommand.Ask(text, Optional.empty());
        }
        String[] parts = text.substring(1).split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1].strip() : "";
        return switch (name) {
            case "help", "?" -> new BotCommand.Help();
            case "reviews", "list" -> new BotCommand.ListReviews();
            case "stats" -> new BotCommand.Stats();
            case "ask" -> new BotCommand.Ask(args, Optional.empty());
            case "review", "show" -> showReview(args);
            default -> throw new IllegalArgumentException("unknown command '/" + name + "'; try /help");
        };
    }

    /** "/review glass orchard score": the longest known title the words start with, then the section. */
    BotCommand showReview(String args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("/review needs a film, e.g. /review Ballerina acting");
        }
        String[] words = args.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            String film = films.get().closest(candidate);
            if (film != null) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                return new BotCommand.ShowReview(film, rest.isBlank() ? Optional.empty() : Optional.of(rest));
            }
        }
        return new BotCommand.ShowReview(TextCleaner.clean(args), Optional.empty());
    }
}
