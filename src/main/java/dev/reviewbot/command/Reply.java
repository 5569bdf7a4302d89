package dev.reviewbot.command;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the bot replies, before any platform decides how it looks. Each carries everything a renderer
 * needs; every renderer handles every type (RendererContractTest keeps it so).
 */
public sealed interface Reply {

    /** An answer, with the id its buttons refer to (votes, full section, share). */
    record AnswerReply(AnswerResult result, String answerId) implements Reply {
        public AnswerReply {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(answerId, "answerId");
        }

        public Answer answer() {
            return result.answer();
        }
    }

    record ReviewList(List<Review> reviews) implements Reply {
    }

    /**
     * The reviews of one film, each with its sections (shown with their opening lines) and its scorecard
     * (each section's polarity and the rating), in the same order as the reviews.
     */
    record ReviewOutline(String film, List<Review> reviews, List<Scorecard> scorecards) implements Reply {

        public ReviewOutline {
            scorecards = List.copyOf(scorecards);
        }

        /** An outline without scorecards. */
        public ReviewOutline(String film, List<Review> reviews) {
            this(film, reviews, List.of());
        }
    }

    /** One section in full, from each review of the film that has it (or the one cited). */
    record SectionText(String film, List<ReviewSection> sections) implements Reply {
    }

    record ReviewSection(Review review, Section section) {
    }

    record HelpText(List<CommandHelp> commands) implements Reply {
    }

    record CommandHelp(String usage, String description) {
    }

    record StatsReply(BotStats stats) implements Reply {
    }

    /** The request could not be done; the message names what was wrong. */
    record Problem(String message) implements Reply {
    }

    /**
     * A question refused by the rate limit. {@code alreadyTold}: the user was told since they were last
     * allowed, so a platform that can stay quiet (a reaction on a message) does.
     */
    record RateLimited(String message, boolean alreadyTold) implements Reply {
    }

    /** The answer to an empty message: a hint, or nothing when the user had one this window. */
    record Hint(String message, boolean alreadyTold) implements Reply {
    }

    /** A short message in words (thanks for a vote, an answer too old for its buttons, nothing removed). */
    record Notice(String message) implements Reply {
    }

    /** Names for autocomplete, best first; renderers cut them to the platform's limits. */
    record Suggestions(List<String> names) implements Reply {
    }

    /** An uploaded review, stored; {@code warnings} name fields that were ignored. */
    record ReviewStored(Review review, IngestReport report, List<String> warnings) implements Reply {

        /**
         * The one wording every surface shows: what happened, and how to ask about it.
         *
         * @param verbatim makes the uploader's text (names, warnings) show as typed in the surface's markup
         */
        public String describe(UnaryOperator<String> verbatim) {
            String what = !report.added().isEmpty() ? "Added" : !report.updated().isEmpty() ? "Updated"
                    : "Already stored, unchanged:";
            int sections = review.sections().size();
            return what + " " + verbatim.apply(review.displayName()) + " (" + sections + " section"
                    + (sections == 1 ? "" : "s") + "), library version " + report.version() + ". Ask about it, e.g. "
                    + "\"what is the verdict on " + verbatim.apply(review.title()) + "?\""
                    + warnings.stream().map(w -> "\nNote: " + verbatim.apply(w)).collect(Collectors.joining());
        }
    }

    /** An upload that was refused; nothing from it is stored. */
    record NotStored(String message) implements Reply {

        /** The one wording every surface shows; {@code verbatim} as in {@link ReviewStored#describe}. */
        public String describe(UnaryOperator<String> verbatim) {
            return "Not stored: " + verbatim.apply(message);
        }
    }

    /** What a confirmed removal would remove: the display names, and the ticket for the confirming click. */
    record RemovalPreview(List<String> reviews, RemovalTicket ticket) implements Reply {
    }

    /** Reviews removed, as their titles. */
    record Removed(List<String> titles) implements Reply {
    }

    /** What admins see of a period (see {@link ActivityReport}). */
    record ReportReply(ActivityReport report) implements Reply {
    }

    /** The channels of this server or workspace the bot answers in (ids, sorted); empty: every channel. */
    record ChannelList(List<String> channels) implements Reply {
        public ChannelList {
            channels = List.copyOf(channels);
        }
    }

    /**
     * Asked in a channel the bot does not answer in: a slash command is told where it does (one line, to the
     * asker only); a mention gets silence.
     */
    record NotHere(List<String> channels) implements Reply {
        public NotHere {
            channels = List.copyOf(channels);
        }
    }
}
