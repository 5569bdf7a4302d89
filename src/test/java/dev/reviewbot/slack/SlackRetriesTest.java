package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.directMessage;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.slack.SlackRig.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Slack retries events it thinks were not acknowledged; Bolt passes the retries on; each is answered once. */
class SlackRetriesTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriedMention_isAcked_butAnsweredOnce(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String channel = SlackRig.id("C");
            String event = eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the acting in Ballerina?",
                    newTs()), newEventId());

            SlackRig.Ack first = rig.event(event);
            SlackRig.Ack retry1 = rig.eventRetry(event, 1);
            SlackRig.Ack retry2 = rig.eventRetry(event, 2);
            rig.awaitPost(channel);
            rig.awaitIdle();

            assertThat(first.status()).isEqualTo(200);
            assertThat(retry1.status()).isEqualTo(200);
            assertThat(retry2.status()).isEqualTo(200);
            assertThat(rig.workers.submitted()).isEqualTo(1);
            assertThat(rig.postsTo(channel)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriedDirectMessage_isAnsweredOnce(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String dm = SlackRig.id("D");
            String event = eventCallback(directMessage(SlackRig.id("U"), dm, "what is the verdict on Neon Harvest?",
                    newTs()), newEventId());

            rig.event(event);
            rig.eventRetry(event, 1);
            rig.awaitPost(dm);
            rig.awaitIdle();

            assertThat(rig.postsTo(dm)).hasSize(1);
        }
    }
}
