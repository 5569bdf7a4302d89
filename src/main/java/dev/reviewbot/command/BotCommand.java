package dev.reviewbot.command;

import java.util.Optional;

/** What a user can ask the bot to do, on any platform. Adapters build these from their own events. */
public sealed interface BotCommand {

    /** Answer a question, optionally scoped to one film. */
    record Ask(String question, Optional<String> film) implements BotCommand {
    }

    /** List the stored reviews. */
    record ListReviews() implements BotCommand {
    }

    /** A film's sections with their opening lines, or one section's full text. */
    record ShowReview(String film, Optional<String> section) implements BotCommand {
    }

    record Help() implements BotCommand {
    }

    record Stats() implements BotCommand {
    }
}
