package dev.reviewbot.discord;

import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.RecentAnswers;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.RateLimiter;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.UploadIngest;
import java.util.Objects;

/**
 * The core services the Discord adapter talks to, handed over by the wiring (ChatAdapters) so that the
 * adapter's constructor stays short. A plain value: nothing is looked up.
 *
 * @param answers only to resolve a typed film name (autocomplete, /review-admin remove)
 * @param library the catalog for autocomplete, and removal for /review-admin remove
 */
public record DiscordServices(CommandService commands, AnswerService answers, ReviewLibrary library,
                              RateLimiter rateLimiter, RecentAnswers recentAnswers, FeedbackLog feedback,
                              UploadIngest uploads) {

    public DiscordServices {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(recentAnswers, "recentAnswers");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(uploads, "uploads");
    }
}
