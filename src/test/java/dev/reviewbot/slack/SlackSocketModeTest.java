package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.slack.SlackRig.Mode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Socket Mode connection survives Slack asking it to reconnect, and a socket dropped without warning. */
class SlackSocketModeTest {

    @Test
    void disconnectRequestedBySlack_reconnects_andTheNextQuestionIsAnsweredOnce() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.SOCKET_MODE)) {
            FakeSocketMode socket = rig.fake.socketMode();
            String channel = SlackRig.id("C");
            int before = socket.connectionCount();

            socket.disconnectClients();
            socket.awaitConnections(before + 1, SlackRig.WAIT);
            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the acting in Ballerina?",
                    newTs()), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(channel))).contains("Ballerina, Acting");
            rig.awaitIdle();
            assertThat(rig.postsTo(channel)).hasSize(1);
        }
    }

    @Test
    void droppedSocket_isReopened_andTheNextQuestionIsAnswered() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.SOCKET_MODE)) {
            FakeSocketMode socket = rig.fake.socketMode();
            String channel = SlackRig.id("C");
            int before = socket.connectionCount();

            socket.dropClients();
            socket.awaitConnections(before + 1, Duration.ofSeconds(20)); // Bolt's session monitor looks every ~5 s
            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> what about the writing in Ballerina?",
                    newTs()), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(channel))).contains("Ballerina, Writing");
        }
    }

    @Test
    void close_disconnectsTheSocket() throws Exception {
        SlackRig rig = SlackRig.start(Mode.SOCKET_MODE);
        try {
            FakeSocketMode socket = rig.fake.socketMode();
            int connections = socket.connectionCount();

            rig.adapter.close();
            socket.awaitOpenConnections(0, SlackRig.WAIT);

            assertThat(socket.connectionCount()).isEqualTo(connections);
        } finally {
            rig.close();
        }
    }
}
