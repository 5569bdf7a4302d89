package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.slack.SlackRequests.Signing;
import dev.reviewbot.slack.SlackRig.Mode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HTTP mode accepts only requests signed with the signing secret and dated within 5 minutes either way. */
class SlackHttpSecurityTest {

    @ParameterizedTest
    @EnumSource(value = Signing.class, names = {"BAD_SIGNATURE", "MISSING_HEADERS", "STALE_6_MINUTES", "FUTURE_6_MINUTES"})
    void badlySignedOrDatedRequests_get401_andNothingIsPosted(Signing signing) throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            HttpResponse<String> event = rig.http().event(eventCallback(
                    appMention(user, channel, "<@U0BOT> how is the acting in Ballerina?", newTs()), newEventId()), signing);
            HttpResponse<String> command = rig.http().slashCommand(slashCommand("/review", "how is the acting in Ballerina?",
                    user, channel, rig.fake.responseUrl("cmd")), signing);
            HttpResponse<String> click = rig.http().interaction(buttonClick(user, channel, ActionIds.HELPFUL, "x", newTs(),
                    rig.fake.responseUrl("click")), signing);
            rig.awaitIdle();

            assertThat(event.statusCode()).isEqualTo(401);
            assertThat(command.statusCode()).isEqualTo(401);
            assertThat(click.statusCode()).isEqualTo(401);
            assertThat(rig.workers.submitted()).isZero();
            assertThat(rig.postsTo(channel)).isEmpty();
            assertThat(rig.responses("cmd")).isEmpty();
            assertThat(rig.responses("click")).isEmpty();
        }
    }

    @Test
    void signedRequests_areServed_includingSlacksUrlVerification() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP)) {
            String channel = SlackRig.id("C");

            HttpResponse<String> verification = rig.http().event(SlackPayloads.urlVerification("challenge-42"));
            HttpResponse<String> event = rig.http().event(eventCallback(
                    appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the acting in Ballerina?", newTs()), newEventId()));

            assertThat(verification.statusCode()).isEqualTo(200);
            assertThat(verification.body()).isEqualTo("challenge-42");
            assertThat(event.statusCode()).isEqualTo(200);
            assertThat(Posted.allText(rig.awaitPost(channel))).contains("Ballerina, Acting");
        }
    }
}
