package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackStore;
import dev.reviewbot.feedback.QuestionRecord;
import dev.reviewbot.feedback.QuestionStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contracts of the state the core keeps behind its own interfaces. Each implementation's test extends
 * the matching class here (today's in-memory ones in {@code InMemoryStateTest}; a shared store's would do
 * the same), so a new implementation is held to what the command layer relies on.
 */
final class StateContracts {

    private StateContracts() {
    }

    abstract static class RecentAnswersContract {

        protected abstract RecentAnswers store();

        @Test
        void anAnswer_isFoundByItsShortId_andIdsDiffer() {
            RecentAnswers store = store();
            Answer answer = new Answer.Grounded("q", List.of(new Citation("Film", "Acting", null, "Quote.")));
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                String id = store.remember(answer);
                assertThat(id).matches("[0-9a-z]{1,12}");
                ids.add(id);
            }
            assertThat(ids).hasSize(200);
            assertThat(store.find(ids.iterator().next())).contains(answer);
        }

        @Test
        void anUnknownOrNullId_findsNothing() {
            assertThat(store().find("nosuchid")).isEmpty();
            assertThat(store().find(null)).isEmpty();
        }
    }

    abstract static class OnceContract {

        protected abstract SeenEvents seenEvents();

        protected abstract Votes votes();

        @Test
        void aKey_isNewOnce_evenWhenManyThreadsRace() throws Exception {
            SeenEvents seen = seenEvents();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                AtomicInteger first = new AtomicInteger();
                List<Future<?>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    calls.add(pool.submit(() -> {
                        if (seen.firstTime("event/E1")) {
                            first.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
                assertThat(first).hasValue(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(seen.firstTime("event/E2")).isTrue();
        }

        @Test
        void aVote_countsOncePerUserAndAnswer() {
            Votes votes = votes();
            assertThat(votes.firstVote("a1", "slack:U1")).isTrue();
            assertThat(votes.firstVote("a1", "slack:U1")).isFalse();
            assertThat(votes.firstVote("a1", "discord:U1")).as("another platform's user").isTrue();
            assertThat(votes.firstVote("a2", "slack:U1")).as("another answer").isTrue();
        }
    }

    abstract static class RateLimitsContract {

        /** @return limits allowing two questions a minute */
        protected abstract RateLimits twoPerMinute();

        @Test
        void aUserOverTheLimit_isToldOnce_thenQuiet_andOthersAreNotSlowed() {
            RateLimits limits = twoPerMinute();
            assertThat(limits.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
            assertThat(limits.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
            assertThat(limits.admit("slack:U1")).isEqualTo(RateLimits.Admission.TELL_LIMITED);
            assertThat(limits.admit("slack:U1")).isEqualTo(RateLimits.Admission.STAY_QUIET);
            assertThat(limits.admit("slack:U2")).isEqualTo(RateLimits.Admission.ANSWER);
            assertThat(limits.perMinute()).isEqualTo(2);
        }

        @Test
        void aNotice_isGivenOncePerUser() {
            RateLimits limits = twoPerMinute();
            assertThat(limits.firstNotice("discord:U1", "hint")).isTrue();
            assertThat(limits.firstNotice("discord:U1", "hint")).isFalse();
            assertThat(limits.firstNotice("discord:U2", "hint")).isTrue();
        }
    }

    abstract static class ConversationsContract {

        protected abstract Conversations store();

        @Test
        void aConversation_remembersItsFilmsAndLastQuestion_othersStayEmpty() {
            Conversations store = store();
            ConversationId here = new ConversationId("slack", "C1/1.0");
            store.remember(here, List.of("Ballerina"), "how is the acting");
            assertThat(store.stateOf(here)).isEqualTo(new Conversations.State(List.of("Ballerina"), "how is the acting"));
            assertThat(store.stateOf(new ConversationId("slack", "C1/2.0"))).isEqualTo(Conversations.State.NONE);
            assertThat(store.stateOf(null)).isEqualTo(Conversations.State.NONE);
        }

        @Test
        void nothingIsRemembered_forNoFilmsOrNoConversation() {
            Conversations store = store();
            ConversationId here = new ConversationId("discord", "123");
            store.remember(here, List.of(), "what?");
            store.remember(null, List.of("Ballerina"), "what?");
            assertThat(store.stateOf(here)).isEqualTo(Conversations.State.NONE);
        }
    }

    abstract static class FollowUpThreadsContract {

        protected abstract FollowUpThreads store();

        @Test
        void anAnsweredThread_isKnownUntilForgotten_othersAreNot() {
            FollowUpThreads threads = store();
            threads.answered("C1/1.0");
            assertThat(threads.contains("C1/1.0")).isTrue();
            assertThat(threads.contains("C1/2.0")).isFalse();
            threads.forget("C1/1.0");
            assertThat(threads.contains("C1/1.0")).isFalse();
        }
    }

    abstract static class FeedbackContract {

        protected abstract FeedbackStore store();

        @Test
        void votes_areCountedByKind() {
            FeedbackStore store = store();
            List<Citation> cited = List.of(new Citation("Ballerina", "Acting", null, "Quote."));
            store.append(new Feedback(Instant.parse("2025-01-01T00:00:00Z"), "slack", "U1", "q", true, cited, null));
            store.append(new Feedback(Instant.parse("2025-01-01T00:00:01Z"), "discord", "U2", "q", false, List.of(), null));
            store.append(new Feedback(Instant.parse("2025-01-01T00:00:02Z"), "slack", "U3", "q", true, cited, null));
            assertThat(store.count(true)).isEqualTo(2);
            assertThat(store.count(false)).isEqualTo(1);
        }

        @Test
        void since_returnsTheVotesFromThatTime_oldestFirst_withWhatWasCited() {
            FeedbackStore store = store();
            List<Citation> cited = List.of(new Citation("Ballerina", "Acting", "Ann Reed", "Quote."));
            store.append(new Feedback(Instant.parse("2025-01-01T00:00:00Z"), "slack", "U1", "old", true, cited, "T1"));
            store.append(new Feedback(Instant.parse("2025-01-02T00:00:00Z"), "discord", "U2", "new", false, cited, "G1"));
            store.append(new Feedback(Instant.parse("2025-01-03T00:00:00Z"), "slack", "U3", "newest", true, cited, null));
            List<Feedback> recent = store.since(Instant.parse("2025-01-02T00:00:00Z"));
            assertThat(recent).extracting(Feedback::question).containsExactly("new", "newest");
            assertThat(recent.get(0)).isEqualTo(new Feedback(Instant.parse("2025-01-02T00:00:00Z"), "discord", "U2", "new",
                    false, cited, "G1"));
        }
    }

    abstract static class QuestionsContract {

        /** A fresh, empty store; one that expires questions does so by a clock at 2025-01-04. */
        protected abstract QuestionStore store();

        @Test
        void since_returnsTheQuestionsFromThatTime_oldestFirst_withWhereAndWhatTheyAsked() {
            QuestionStore store = store();
            store.append(new QuestionRecord(Instant.parse("2025-01-01T00:00:00Z"), "slack", null, "old?", true,
                    List.of("Ballerina"), List.of()));
            QuestionRecord declined = new QuestionRecord(Instant.parse("2025-01-02T00:00:00Z"), "discord", "G1",
                    "who wrote the score?", false, List.of("Ballerina", "Nowhere Film"), List.of("music"));
            store.append(declined);
            store.append(new QuestionRecord(Instant.parse("2025-01-03T00:00:00Z"), "slack", null, "newest?", true,
                    List.of(), List.of("acting", "writing")));

            List<QuestionRecord> recent = store.since(Instant.parse("2025-01-02T00:00:00Z"));

            assertThat(recent).extracting(QuestionRecord::question).containsExactly("who wrote the score?", "newest?");
            assertThat(recent.get(0)).isEqualTo(declined);
            assertThat(recent.get(1).aspects()).containsExactly("acting", "writing");
        }

        @Test
        void anEmptyStore_hasNoQuestions() {
            assertThat(store().since(Instant.EPOCH)).isEmpty();
        }
    }
}
