package dev.reviewbot.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a user can ask the bot to do, on any platform. Adapters build these from their own events and
 * hand them to {@link CommandService#execute} with the {@link Requester}.
 */
public sealed interface BotCommand {

    /** Answer a question, optionally scoped to one film. Counts against the asker's rate limit. */
    record Ask(String question, Optional<String> film) implements BotCommand {
    }

    /** A message addressed to the bot with nothing in it: a hint, once a window, then quiet. */
    record Empty() implements BotCommand {
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

    /** A thumbs up or down on a sent answer; counted once per user and answer. */
    record Vote(String answerId, boolean helpful) implements BotCommand {
    }

    /** The section behind one citation of a sent answer, in full (citation counts from 0). */
    record FullSection(String answerId, int citation) implements BotCommand {
    }

    /**
     * A cited section in full, named in the button itself (works after a restart): the cited reviewer's
     * section when {@code reviewer} is given, else that section from every review of the film.
     */
    record CitedSection(String film, String section, Optional<String> reviewer) implements BotCommand {
    }

    /** A sent answer again, by its id (Slack's "Share in channel"). */
    record Recall(String answerId) implements BotCommand {
    }

    /** Stored films matching what is typed so far (autocomplete). */
    record SuggestFilms(String typed) implements BotCommand {
    }

    /** Section names of the film typed so far matching what is typed (autocomplete). */
    record SuggestSections(String film, String typed) implements BotCommand {
    }

    /** Store an uploaded review file. Adapters let only admins send it. */
    record AddReview(String fileName, byte[] content) implements BotCommand {
    }

    /** What removing a title or review id would remove, for an admin to confirm; removes nothing. */
    record PreviewRemoval(String typed) implements BotCommand {
    }

    /** The confirming click: removes exactly what the preview showed, if the library is unchanged since. */
    record ConfirmRemoval(RemovalTicket ticket) implements BotCommand {
    }

    record CancelRemoval() implements BotCommand {
    }

    /** What was asked, answered, declined and voted in the last {@code period} (admins only). */
    record Report(Duration period) implements BotCommand {
    }

    /**
     * Shows or changes where the bot answers in the requester's server or workspace (admins only). The
     * channels are the platform's ids; ADD and REMOVE need at least one, SET takes any (none: every channel).
     */
    record Channels(ChannelChange change, List<String> channels) implements BotCommand {
        public Channels {
            channels = List.copyOf(channels);
        }
    }

    enum ChannelChange { LIST, ADD, REMOVE, ALL, SET }
}
