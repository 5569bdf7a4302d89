package dev.reviewbot.command;

import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.text.Fuzzy;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Carries out a {@link BotCommand}; the same for the console, Discord and Slack. */
public final class CommandService {

    public static final List<Reply.CommandHelp> COMMANDS = List.of(
            new Reply.CommandHelp("<question>", "ask anything about the stored reviews, e.g. \"how is the acting in Ballerina?\""),
            new Reply.CommandHelp("/reviews", "list the stored reviews"),
            new Reply.CommandHelp("/review <film> [section]", "a review's sections, or one section in full"),
            new Reply.CommandHelp("/stats", "library size, cache hit rates, questions answered"),
            new Reply.CommandHelp("/help", "this list"));

    private final AnswerService answers;
    private final ReviewLibrary library;
    private final StatsCollector stats;

    public CommandService(AnswerService answers, ReviewLibrary library, StatsCollector stats) {
        this.answers = answers;
        this.library = library;
        this.stats = stats;
    }

    public Reply execute(ConversationId conversation, BotCommand command) {
        try {
            if (command instanceof BotCommand.Ask ask) {
                return new Reply.AnswerReply(answers.ask(conversation, ask.question(), ask.film()));
            } else if (command instanceof BotCommand.ListReviews) {
                return new Reply.ReviewList(library.catalog().reviews());
            } else if (command instanceof BotCommand.ShowReview show) {
                return show(show.film(), show.section());
            } else if (command instanceof BotCommand.Help) {
                return new Reply.HelpText(COMMANDS);
            } else if (command instanceof BotCommand.Stats) {
                return new Reply.StatsReply(stats.collect());
            }
            throw new IllegalArgumentException("unknown command " + command);
        } catch (InvalidQuestionException e) {
            return new Reply.Problem(e.getMessage());
        }
    }

    private Reply show(String filmTyped, Optional<String> sectionTyped) {
        Catalog catalog = library.catalog();
        String film = answers.resolveFilm(filmTyped, catalog);
        List<Review> reviews = catalog.reviewsOf(film);
        if (sectionTyped.isEmpty() || sectionTyped.get().isBlank()) {
            return new Reply.ReviewOutline(film, reviews,
                    reviews.stream().map(r -> Scorecard.of(r, library.passagesOf(r.id()))).toList());
        }
        String wanted = TextCleaner.wordsOnly(sectionTyped.get());
        List<Reply.ReviewSection> found = new ArrayList<>();
        for (Review review : reviews) {
            review.sections().stream()
                    .filter(s -> {
                        String name = TextCleaner.wordsOnly(s.name());
                        return name.equals(wanted) || Fuzzy.distance(name, wanted) <= Fuzzy.tolerance(name.length());
                    })
                    .findFirst().ifPresent(s -> found.add(new Reply.ReviewSection(review, s)));
        }
        if (found.isEmpty()) {
            List<String> names = reviews.stream().flatMap(r -> r.sections().stream().map(s -> s.name())).distinct().toList();
            return new Reply.Problem("the review of " + film + " has no section '" + sectionTyped.get().strip()
                    + "'; its sections: " + String.join(", ", names));
        }
        return new Reply.SectionText(film, found);
    }
}
