package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.answer.InMemoryConversations;
import dev.reviewbot.feedback.FeedbackStore;
import dev.reviewbot.feedback.JsonLinesFeedback;
import dev.reviewbot.feedback.JsonLinesQuestions;
import dev.reviewbot.feedback.QuestionStore;
import java.time.Duration;
import org.junit.jupiter.api.Nested;

/** Today's in-memory state stores keep the contracts the command layer relies on. */
class InMemoryStateTest {

    @Nested
    class RecentAnswersInMemory extends StateContracts.RecentAnswersContract {
        @Override
        protected RecentAnswers store() {
            return new InMemoryRecentAnswers(Ticker.systemTicker());
        }
    }

    @Nested
    class OnceInMemory extends StateContracts.OnceContract {
        @Override
        protected SeenEvents seenEvents() {
            return new InMemoryOnce(Duration.ofDays(1), Ticker.systemTicker());
        }

        @Override
        protected Votes votes() {
            return new InMemoryOnce(Duration.ofDays(1), Ticker.systemTicker());
        }
    }

    @Nested
    class RateLimiterInMemory extends StateContracts.RateLimitsContract {
        @Override
        protected RateLimits twoPerMinute() {
            return new RateLimiter(2, Ticker.systemTicker());
        }
    }

    @Nested
    class ConversationsInMemory extends StateContracts.ConversationsContract {
        @Override
        protected Conversations store() {
            return new InMemoryConversations(Caffeine.newBuilder().maximumSize(100).build());
        }
    }

    @Nested
    class FollowUpThreadsInMemory extends StateContracts.FollowUpThreadsContract {
        @Override
        protected FollowUpThreads store() {
            return new InMemoryFollowUpThreads(Ticker.systemTicker());
        }
    }

    @Nested
    class FeedbackInJsonLines extends StateContracts.FeedbackContract {
        @Override
        protected FeedbackStore store() {
            return new JsonLinesFeedback(null);
        }
    }

    @Nested
    class QuestionsInJsonLines extends StateContracts.QuestionsContract {
        @Override
        protected QuestionStore store() {
            return new JsonLinesQuestions(null);
        }
    }
}
