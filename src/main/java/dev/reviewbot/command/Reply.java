package dev.reviewbot.command;

import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;

/** What the bot replies, before any platform decides how it looks. */
public sealed interface Reply {

    record AnswerReply(AnswerResult result) implements Reply {
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

    /** One section in full, from each review of the film that has it. */
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
}
