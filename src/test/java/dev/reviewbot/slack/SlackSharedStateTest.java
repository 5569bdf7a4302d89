package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.threadReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.slack.SlackRig.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two processes of one Slack app (two ReviewBots in this JVM, each with its own library, over one real
 * PostgreSQL) behind a load balancer that sends each request to either: an event retried to the other is
 * answered once, a follow-up is understood by the process that did not answer the question, a vote
 * clicked on each counts once, and one user's flood is limited across both.
 */
class SlackSharedStateTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static ReviewBot first;
    private static ReviewBot second;

    @BeforeAll
    static void startTwoProcesses() {
        Map<String, String> environment = Map.of("REVIEWBOT_DATABASE_URL", POSTGRES.url(),
                "REVIEWBOT_QUESTIONS_PER_MINUTE", "2");
        first = TestBots.bundled(environment);
        second = TestBots.bundled(environment);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anEventDeliveredToOne_andRetriedToTheOther_isAnsweredOnce(Mode mode) throws Exception {
        try (FakeSlack fake = FakeSlack.start(); SlackRig one = SlackRig.join(mode, fake, first);
             SlackRig other = SlackRig.join(mode, fake, second)) {
            String channel = SlackRig.id("C");
            String event = eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the acting in Ballerina?",
                    newTs()), newEventId());

            SlackRig.Ack delivered = one.event(event);
            SlackRig.Ack retried = other.eventRetry(event, 1);
            SlackRig.Ack retriedAgain = one.eventRetry(event, 2);
            one.awaitPost(channel);
            one.awaitIdle();
            other.awaitIdle();

            assertThat(List.of(delivered.status(), retried.status(), retriedAgain.status())).containsOnly(200);
            assertThat(one.workers.submitted() + other.workers.submitted()).isEqualTo(1);
            assertThat(one.postsTo(channel)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFollowUpInAThreadAnsweredByOne_isUnderstoodByTheOther(Mode mode) throws Exception {
        try (FakeSlack fake = FakeSlack.start(); SlackRig one = SlackRig.join(mode, fake, first);
             SlackRig other = SlackRig.join(mode, fake, second)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            String thread = newTs();
            one.event(eventCallback(appMention(user, channel, "<@U0BOT> how is the acting in Ballerina?", thread),
                    newEventId()));
            one.awaitPost(channel);

            other.event(eventCallback(threadReply(user, channel, "and the cinematography?", newTs(), thread), newEventId()));

            RecordedCall followUp = other.awaitPost(channel, 2);
            assertThat(followUp.param("thread_ts")).isEqualTo(thread);
            assertThat(Posted.allText(followUp)).contains("Ballerina, Cinematography");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aVoteClickedOnEachProcess_countsOnce(Mode mode) throws Exception {
        try (FakeSlack fake = FakeSlack.start(); SlackRig one = SlackRig.join(mode, fake, first);
             SlackRig other = SlackRig.join(mode, fake, second)) {
            String channel = SlackRig.id("C");
            String voter = SlackRig.id("U");
            one.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the writing in Ballerina?",
                    newTs()), newEventId()));
            String answerId = Posted.buttonValue(one.awaitPost(channel), ActionIds.HELPFUL);
            long helpful = first.feedback().helpfulCount();

            one.interaction(buttonClick(voter, channel, ActionIds.HELPFUL, answerId, newTs(), fake.responseUrl("v1")));
            one.awaitIdle();
            other.interaction(buttonClick(voter, channel, ActionIds.HELPFUL, answerId, newTs(), fake.responseUrl("v2")));
            other.awaitIdle();

            assertThat(Posted.allText(one.awaitResponse("v1"))).contains("Thanks, noted as helpful");
            assertThat(Posted.allText(other.awaitResponse("v2"))).contains("already rated");
            assertThat(first.feedback().helpfulCount()).isEqualTo(helpful + 1);
            assertThat(second.feedback().helpfulCount()).as("one log for both").isEqualTo(helpful + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void oneUsersFlood_spreadOverBoth_isLimitedAsOne_andToldOnce(Mode mode) throws Exception {
        try (FakeSlack fake = FakeSlack.start(); SlackRig one = SlackRig.join(mode, fake, first);
             SlackRig other = SlackRig.join(mode, fake, second)) {
            String flooder = SlackRig.id("U");
            String channel = SlackRig.id("C");

            for (int i = 0; i < 6; i++) {
                SlackRig process = i % 2 == 0 ? one : other;
                process.event(eventCallback(appMention(flooder, channel, "<@U0BOT> how is the acting in Ballerina " + i
                        + "?", newTs()), newEventId()));
                process.awaitIdle();
            }
            String bystander = SlackRig.id("U");
            other.event(eventCallback(appMention(bystander, channel, "<@U0BOT> how is the score in Ballerina?", newTs()),
                    newEventId()));
            other.awaitIdle();

            List<RecordedCall> notices = fake.callsTo("chat.postEphemeral").stream()
                    .filter(call -> channel.equals(call.param("channel"))).toList();
            assertThat(notices).as("told once, by either process").hasSize(1);
            assertThat(Posted.allText(notices.get(0))).contains("You have asked 2 questions in the last minute, the limit");
            assertThat(one.postsTo(channel)).as("two answers to the flooder, one to the bystander").hasSize(3);
        }
    }
}
