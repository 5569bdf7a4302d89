package dev.reviewbot.command;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.feedback.QuestionRecord;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.text.Fuzzy;
import dev.reviewbot.text.TextCleaner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out a {@link BotCommand} for a {@link Requester}; the same for the console, Discord and Slack.
 * The state every platform shares lives behind the core's own interfaces: the rate limit, the answers
 * behind buttons, the votes, the conversations (inside {@link AnswerService}).
 */
public final class CommandService {

    public static final List<Reply.CommandHelp> COMMANDS = List.of(
            new Reply.CommandHelp("<question>", "ask anything about the stored reviews, e.g. \"how is the acting in Ballerina?\""),
            new Reply.CommandHelp("/reviews", "list the stored reviews"),
            new Reply.CommandHelp("/review <film> [section]", "a review's sections, or one section in full"),
            new Reply.CommandHelp("/stats", "library size, cache hit rates, questions answered"),
            new Reply.CommandHelp("/help", "this list"));

    /** The words every platform uses. */
    public static final String HINT = "Ask me about the stored film reviews, e.g. \"how is the acting in "
            + "Ballerina?\", or try /help.";
    public static final String THANKS_HELPFUL = "Thanks, noted as helpful.";
    public static final String THANKS_UNHELPFUL = "Thanks, noted as not helpful; it will be looked at.";
    public static final String ALREADY_RATED = "You have already rated this answer. Thanks!";
    public static final String TOO_OLD_TO_RATE = "That answer is too old to rate now; ask again and rate the new one.";
    public static final String TOO_OLD_FOR_BUTTONS = "That answer is too old for its buttons now; please ask again.";
    public static final String TOO_OLD_TO_SHARE = "That answer is too old to share; ask again.";
    public static final String NOTHING_REMOVED = "Nothing removed.";
    public static final String LIBRARY_CHANGED = "Nothing removed: the library changed since; ask to remove it again.";

    /** The state a command layer keeps, each behind a core interface; the wiring builds them. */
    public record State(RateLimits rateLimits, RecentAnswers recentAnswers, Votes votes, FeedbackLog feedback,
                        Clock clock) {
        public State {
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(recentAnswers, "recentAnswers");
            Objects.requireNonNull(votes, "votes");
            Objects.requireNonNull(feedback, "feedback");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** What admins set and see, kept with the library: where the bot answers, and the questions it was asked. */
    public record Admin(AllowedChannels channels, QuestionLog questions) {
        public Admin {
            Objects.requireNonNull(channels, "channels");
            Objects.requireNonNull(questions, "questions");
        }
    }

    private final AnswerService answers;
    private final ReviewLibrary library;
    private final StatsCollector stats;
    private final UploadIngest uploads;
    private final State state;
    private final Removals removals;
    private final QuestionOutcomes outcomes;
    private final Admin admin;
    private final ChannelRules channelRules;

    /**
     * @param admin    where the bot answers and what it was asked (for the admins' report)
     * @param outcomes where each question's outcome is counted (the same for every platform)
     */
    public CommandService(AnswerService answers, ReviewLibrary library, StatsCollector stats, UploadIngest uploads,
                          State state, Admin admin, QuestionOutcomes outcomes) {
        this.outcomes = outcomes;
        this.admin = admin;
        this.channelRules = new ChannelRules(admin.channels());
        this.answers = answers;
        this.library = library;
        this.stats = stats;
        this.uploads = uploads;
        this.state = state;
        this.removals = new Removals(library);
    }

    /** The same commands over other state (tests: a tight rate limit, a feedback log of their own). */
    public CommandService with(State other) {
        return new CommandService(answers, library, stats, uploads, other, admin, outcomes);
    }

    public State state() {
        return state;
    }

    /** Both steps at once: {@link #refusal}, else {@link #run}. */
    public Reply execute(Requester who, BotCommand command) {
        return refusal(who, command).orElseGet(() -> run(who, command));
    }

    /**
     * The quick step, for platforms that show something (typing, a placeholder) only while a question is
     * worked out: a question takes one from the asker's allowance here. The refusal to show at once, or
     * empty when the command may {@link #run}.
     */
    public Optional<Reply> refusal(Requester who, BotCommand command) {
        Optional<Reply> notHere = channelRules.refusal(who, command);
        if (notHere.isPresent()) {
            return notHere;
        }
        if (!(command instanceof BotCommand.Ask) || who.local()) {
            return Optional.empty();
        }
        RateLimits.Admission admission = state.rateLimits().admit(who.userKey());
        if (admission == RateLimits.Admission.ANSWER) {
            return Optional.empty();
        }
        outcomes.record(who.platform(), QuestionOutcomes.Outcome.LIMITED, Duration.ZERO);
        return Optional.of(new Reply.RateLimited(limitReached(), admission == RateLimits.Admission.STAY_QUIET));
    }

    /** The slow step: the command carried out, past the rate limit (see {@link #refusal}). */
    public Reply run(Requester who, BotCommand command) {
        try (RequestContext context = RequestContext.of(who)) {
            if (command instanceof BotCommand.Ask) {
                context.question(RequestContext.newId());
                return counted(who, command);
            }
            return carryOut(who, command);
        }
    }

    /** A question, with its outcome and time counted. */
    private Reply counted(Requester who, BotCommand command) {
        long start = System.nanoTime();
        QuestionOutcomes.Outcome outcome = QuestionOutcomes.Outcome.FAILED;
        try {
            Reply reply = carryOut(who, command);
            outcome = reply instanceof Reply.AnswerReply answer && answer.result().answer().grounded()
                    ? QuestionOutcomes.Outcome.ANSWERED : QuestionOutcomes.Outcome.DECLINED;
            return reply;
        } finally {
            outcomes.record(who.platform(), outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Reply carryOut(Requester who, BotCommand command) {
        try {
            return dispatch(who, command);
        } catch (InvalidQuestionException e) {
            return new Reply.Problem(e.getMessage());
        }
    }

    private Reply dispatch(Requester who, BotCommand command) {
        if (command instanceof BotCommand.Ask ask) {
            return ask(who, ask);
        } else if (command instanceof BotCommand.Empty) {
            return new Reply.Hint(HINT, !state.rateLimits().firstNotice(who.userKey(), "hint"));
        } else if (command instanceof BotCommand.ListReviews) {
            return new Reply.ReviewList(library.catalog().reviews());
        } else if (command instanceof BotCommand.ShowReview show) {
            return show(show.film(), show.section(), Optional.empty());
        } else if (command instanceof BotCommand.Help) {
            return new Reply.HelpText(COMMANDS);
        } else if (command instanceof BotCommand.Stats) {
            return new Reply.StatsReply(stats.collect());
        } else if (command instanceof BotCommand.Vote vote) {
            return vote(who, vote);
        } else if (command instanceof BotCommand.FullSection full) {
            return fullSection(full);
        } else if (command instanceof BotCommand.CitedSection cited) {
            return show(cited.film(), Optional.of(cited.section()), cited.reviewer());
        } else if (command instanceof BotCommand.Recall recall) {
            return state.recentAnswers().find(recall.answerId())
                    .<Reply>map(a -> new Reply.AnswerReply(new AnswerResult(a, true, Duration.ZERO), recall.answerId()))
                    .orElse(new Reply.Notice(TOO_OLD_TO_SHARE));
        } else if (command instanceof BotCommand.SuggestFilms films) {
            return new Reply.Suggestions(Suggest.matching(library.catalog().films(), films.typed()));
        } else if (command instanceof BotCommand.SuggestSections sections) {
            return suggestSections(sections);
        } else if (command instanceof BotCommand.AddReview add) {
            return add(add);
        } else if (command instanceof BotCommand.PreviewRemoval preview) {
            return removals.preview(preview.typed());
        } else if (command instanceof BotCommand.ConfirmRemoval confirm) {
            return removals.confirm(confirm.ticket());
        } else if (command instanceof BotCommand.CancelRemoval) {
            return new Reply.Notice(NOTHING_REMOVED);
        } else if (command instanceof BotCommand.Report report) {
            return report(who, report.period());
        } else if (command instanceof BotCommand.Channels channels) {
            return channelRules.change(who, channels);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** "You have asked 2 questions in the last minute, the limit (2 questions a minute each); ..." */
    public String limitReached() {
        int n = state.rateLimits().perMinute();
        return "You have asked " + n + " questions in the last minute, the limit (" + n
                + " questions a minute each); please wait a moment and ask again.";
    }

    private Reply ask(Requester who, BotCommand.Ask ask) {
        AnswerResult result = answers.ask(who.conversation(), ask.question(), ask.film());
        admin.questions().record(new QuestionRecord(state.clock().instant(), who.platform(), who.place().space(),
                result.answer().question(), result.answer().grounded(), result.topic().films(), result.topic().aspects()));
        return new Reply.AnswerReply(result, state.recentAnswers().remember(result.answer()));
    }

    private Reply vote(Requester who, BotCommand.Vote vote) {
        Optional<Answer> answer = state.recentAnswers().find(vote.answerId());
        if (answer.isEmpty()) {
            return new Reply.Notice(TOO_OLD_TO_RATE);
        }
        if (!state.votes().firstVote(vote.answerId(), who.userKey())) {
            return new Reply.Notice(ALREADY_RATED);
        }
        state.feedback().record(new Feedback(state.clock().instant(), who.platform(), who.user(),
                answer.get().question(), vote.helpful(), answer.get().citations(), who.place().space()));
        return new Reply.Notice(vote.helpful() ? THANKS_HELPFUL : THANKS_UNHELPFUL);
    }

    /** A server's admins see their server's questions; the console and the command line see all. */
    private Reply report(Requester who, Duration period) {
        Instant now = state.clock().instant();
        ActivityReports.Where where = who.local() ? ActivityReports.Where.everywhere()
                : ActivityReports.Where.in(who.platform(), who.place().space());
        return new Reply.ReportReply(new ActivityReports(admin.questions(), state.feedback())
                .between(now.minus(period), now, where));
    }

    private Reply fullSection(BotCommand.FullSection full) {
        Optional<Citation> citation = state.recentAnswers().find(full.answerId())
                .filter(a -> full.citation() >= 0 && full.citation() < a.citations().size())
                .map(a -> a.citations().get(full.citation()));
        if (citation.isEmpty()) {
            return new Reply.Notice(TOO_OLD_FOR_BUTTONS);
        }
        Citation c = citation.get();
        return show(c.review(), Optional.of(c.section()), Optional.ofNullable(c.reviewer()).or(() -> Optional.of("")));
    }

    private Reply suggestSections(BotCommand.SuggestSections s) {
        if (s.film() == null || s.film().isBlank()) {
            return new Reply.Suggestions(List.of());
        }
        Catalog catalog = library.catalog();
        return new Reply.Suggestions(catalog.film(s.film())
                .map(film -> Suggest.matching(catalog.sectionsOf(film), s.typed())).orElse(List.of()));
    }

    private Reply add(BotCommand.AddReview add) {
        UploadIngest.Result result = uploads.ingest(add.fileName(), add.content());
        if (result instanceof UploadIngest.Result.Stored stored) {
            return new Reply.ReviewStored(stored.review(), stored.report(), stored.warnings());
        }
        return new Reply.NotStored(((UploadIngest.Result.Rejected) result).message());
    }

    /**
     * @param reviewer the cited reviewer's section only (empty string: the review without a reviewer);
     *                 empty: that section from every review of the film
     */
    private Reply show(String filmTyped, Optional<String> sectionTyped, Optional<String> reviewer) {
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
        if (reviewer.isPresent()) {
            // The film may have several reviews with that section: show the one quoted.
            String cited = reviewer.get().isEmpty() ? null : reviewer.get();
            Reply.ReviewSection one = found.stream().filter(rs -> Objects.equals(rs.review().reviewer(), cited))
                    .findFirst().orElse(found.get(0));
            return new Reply.SectionText(film, List.of(one));
        }
        return new Reply.SectionText(film, found);
    }
}
