package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;

/** Gathers {@link BotStats} from the parts that keep them. */
public final class StatsCollector {

    private final ReviewLibrary library;
    private final AnswerService answers;
    private final Cache<?, ?> embeddingCache;
    private final Conversations conversations;
    private final FeedbackLog feedback;

    public StatsCollector(ReviewLibrary library, AnswerService answers, Cache<?, ?> embeddingCache,
                          Conversations conversations, FeedbackLog feedback) {
        this.feedback = feedback;
        this.library = library;
        this.answers = answers;
        this.embeddingCache = embeddingCache;
        this.conversations = conversations;
    }

    public BotStats collect() {
        Catalog catalog = library.catalog();
        return new BotStats(catalog.reviews().size(), catalog.films().size(), catalog.sectionCount(), catalog.version(),
                stat(answers.answerCache()), stat(embeddingCache), conversations.size(),
                answers.answeredCount(), answers.declinedCount(), feedback.helpfulCount(), feedback.unhelpfulCount());
    }

    private static BotStats.CacheStat stat(Cache<?, ?> cache) {
        CacheStats stats = cache.stats();
        return new BotStats.CacheStat(cache.estimatedSize(), stats.hitCount(), stats.missCount());
    }
}
