package dev.reviewbot.app;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.answer.InMemoryConversations;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.command.AllowedChannelsFile;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.FollowUpThreads;
import dev.reviewbot.command.InMemoryAllowedChannels;
import dev.reviewbot.command.InMemoryFollowUpThreads;
import dev.reviewbot.command.InMemoryOnce;
import dev.reviewbot.command.InMemoryRecentAnswers;
import dev.reviewbot.command.RateLimiter;
import dev.reviewbot.command.RateLimits;
import dev.reviewbot.command.RecentAnswers;
import dev.reviewbot.command.SeenEvents;
import dev.reviewbot.command.Votes;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.database.Database;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.state.ExpiredRows;
import dev.reviewbot.state.PostgresAllowedChannels;
import dev.reviewbot.state.PostgresConversations;
import dev.reviewbot.state.PostgresFeedback;
import dev.reviewbot.state.PostgresFollowUpThreads;
import dev.reviewbot.state.PostgresOnce;
import dev.reviewbot.state.PostgresQuestions;
import dev.reviewbot.state.PostgresRateLimits;
import dev.reviewbot.state.PostgresRecentAnswers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The chat state behind the core's interfaces, all in this process's memory (the default) or all in the
 * shared PostgreSQL (several processes behind a load balancer). {@link ReviewBot} takes one or the other;
 * nothing else knows which.
 *
 * @param admin   where the bot answers and what it was asked (files next to the feedback log, or shared tables)
 * @param cleanup what to stop with the bot (the PostgreSQL variant deletes expired rows every few minutes)
 */
public record StateStores(SeenEvents seenEvents, Votes votes, RecentAnswers recentAnswers, Conversations conversations,
                          FollowUpThreads followUpThreads, RateLimits rateLimits, FeedbackLog feedback,
                          CommandService.Admin admin, AutoCloseable cleanup) {

    /** How long event ids and votes are kept: as long as answers are kept for their buttons. */
    private static final Duration ONCE = Duration.ofDays(1);
    /** How often a process deletes expired shared rows; any process may, and all do. */
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(5);

    /**
     * In the database when one is configured (library.database.url, REVIEWBOT_DATABASE_URL), else in
     * memory; the database is opened (and its schema migrated) here and closed with the stores.
     */
    public static StateStores open(BotConfig config, ConfigLoader loader, Ticker ticker, Clock clock, Path feedbackFile) {
        return open(config, loader, ticker, clock, feedbackFile, null);
    }

    /** @param open the database the wiring already opened (for the library), shared and not closed here; or null */
    public static StateStores open(BotConfig config, ConfigLoader loader, Ticker ticker, Clock clock, Path feedbackFile,
                                   Database open) {
        if (open != null) {
            return postgres(config, open.dataSource(), clock);
        }
        if (!config.library().database().configured()) {
            return inMemory(config, ticker, feedbackFile);
        }
        Database database = Database.open(config.library().database(), loader.secret("REVIEWBOT_DATABASE_PASSWORD"));
        StateStores shared = postgres(config, database.dataSource(), clock);
        return new StateStores(shared.seenEvents, shared.votes, shared.recentAnswers, shared.conversations,
                shared.followUpThreads, shared.rateLimits, shared.feedback, shared.admin, () -> {
                    shared.cleanup.close();
                    database.close();
                });
    }

    /**
     * Everything in this process's memory, as a single process needs; feedback in {@code feedbackFile}, the
     * allowed channels and questions beside it (all in memory when it is null).
     */
    public static StateStores inMemory(BotConfig config, Ticker ticker, Path feedbackFile) {
        InMemoryOnce once = new InMemoryOnce(ONCE, ticker);
        return new StateStores(once, once, new InMemoryRecentAnswers(ticker),
                new InMemoryConversations(CacheSettings.build(config.cache().conversations(), ticker)),
                new InMemoryFollowUpThreads(ticker), new RateLimiter(config.limits().questionsPerMinute(), ticker),
                new FeedbackLog(feedbackFile), admin(feedbackFile), () -> { });
    }

    /** Where the bot answers and what it was asked, next to the feedback log; in memory with no data directory. */
    private static CommandService.Admin admin(Path feedbackFile) {
        return feedbackFile == null
                ? new CommandService.Admin(new InMemoryAllowedChannels(), new QuestionLog((Path) null))
                : new CommandService.Admin(new AllowedChannelsFile(feedbackFile.resolveSibling("channels.json")),
                        new QuestionLog(feedbackFile.resolveSibling(QuestionLog.FILE)));
    }

    /**
     * Everything in the shared database (schemas V10 to V12), with expiry by {@code clock}; expired rows are
     * deleted.
     */
    public static StateStores postgres(BotConfig config, DataSource database, Clock clock) {
        PostgresOnce once = new PostgresOnce(database, clock, ONCE, "once/");
        PostgresRateLimits limits = new PostgresRateLimits(database, clock, config.limits().questionsPerMinute());
        ExpiredRows expired = new ExpiredRows(database, clock);
        ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shared-state-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(() -> deleteQuietly(expired), CLEANUP_EVERY.toSeconds(),
                CLEANUP_EVERY.toSeconds(), TimeUnit.SECONDS);
        return new StateStores(once, once, new PostgresRecentAnswers(database, clock),
                new PostgresConversations(database, clock, idleOf(config.cache().conversations())),
                new PostgresFollowUpThreads(database, clock), limits,
                new FeedbackLog(new PostgresFeedback(database)), new CommandService.Admin(
                        new PostgresAllowedChannels(database),
                        new QuestionLog(new PostgresQuestions(database, clock, PostgresQuestions.KEPT))),
                cleaner::shutdownNow);
    }

    /** The conversations' inactivity expiry from their Caffeine spec in config (e.g. expireAfterAccess=30m). */
    static Duration idleOf(String spec) {
        Policy<Object, Object> policy = Caffeine.from(spec).build().policy();
        return policy.expireAfterAccess().or(policy::expireAfterWrite).map(Policy.FixedExpiration::getExpiresAfter)
                .orElse(Duration.ofMinutes(30));
    }

    private static void deleteQuietly(ExpiredRows expired) {
        try {
            expired.delete();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StateStores.class)
                    .warn("deleting expired shared chat state failed (tried again later): {}", e.getMessage());
        }
    }
}
