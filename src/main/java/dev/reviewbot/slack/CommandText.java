package dev.reviewbot.slack;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.TextCommandParser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what follows "/review" (and a mention or DM) as a command: "show FILM [SECTION]", or one of the
 * words "list", "help", "stats" alone; anything else is a question, so "help me pick a film" is asked.
 */
final class CommandText {

    private static final Set<String> SINGLE_WORDS = Set.of("list", "reviews", "help", "stats");

    private final TextCommandParser parser;

    CommandText(TextCommandParser parser) {
        this.parser = parser;
    }

    /** @throws IllegalArgumentException with a message for the user, e.g. "show" without a film */
    BotCommand parse(String plain) {
        String text = plain.strip();
        String[] words = text.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[?!.]+$", "");
        if (text.isEmpty() || (words.length == 1 && SINGLE_WORDS.contains(first))) {
            return text.isEmpty() ? new BotCommand.Help() : parser.parse("/" + first);
        }
        if (first.equals("show")) {
            if (words.length == 1) {
                throw new IllegalArgumentException("show needs a film, e.g. /review show Ballerina acting");
            }
            return parser.parse("/show " + words[1]);
        }
        return new BotCommand.Ask(text, Optional.empty());
    }
}
