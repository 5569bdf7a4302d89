package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A review's outline comes with its scorecard twice: as preformatted text in the message (screen readers,
 * clients without pictures) and as a PNG chart uploaded beside it the v2 way (files.getUploadURLExternal,
 * the bytes, files.completeUploadExternal), through the real Bolt against the fake Slack.
 */
class SlackScorecardTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void reviewCommand_answersPrivately_andUploadsTheChartToTheAskersDm() throws Exception {
        try (SlackRig rig = SlackRig.start(SlackRig.Mode.HTTP)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            rig.slashCommand(slashCommand("/review", "show Ballerina", user, channel, rig.fake.responseUrl("outline")));

            assertThat(Posted.allText(rig.awaitResponse("outline"))).as("the text form stays")
                    .contains("```\nBallerina\n  Introduction").contains(" praise, ").contains(" criticism");
            rig.fake.awaitCall("files.completeUploadExternal", WAIT);
            rig.awaitIdle();
            FakeWebApi.Upload chart = onlyUpload(rig);
            assertThat(chart.channel()).as("private, like the answer").isEqualTo("D" + user.substring(1));
            assertThat(chart.threadTs()).isNull();
            assertThat(rig.postsTo(channel)).as("nothing public").isEmpty();
        }
    }

    @Test
    void mention_postsTheOutline_andSharesTheChartInTheSameThread() throws Exception {
        try (SlackRig rig = SlackRig.start(SlackRig.Mode.HTTP)) {
            String channel = SlackRig.id("C");
            String ts = newTs();

            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> show Ballerina", ts), newEventId()));

            RecordedCall posted = rig.awaitPost(channel);
            assertThat(Posted.allText(posted)).contains("```\nBallerina\n  Introduction");
            RecordedCall completed = rig.fake.awaitCall("files.completeUploadExternal", WAIT);
            rig.awaitIdle();
            FakeWebApi.Upload chart = onlyUpload(rig);
            assertThat(chart.channel()).isEqualTo(channel);
            assertThat(chart.threadTs()).isEqualTo(posted.param("thread_ts"));
            assertThat(completed.param("files")).contains(chart.id()).contains("Scorecard: Ballerina");
            List<String> order = rig.fake.calls().stream().map(RecordedCall::name)
                    .filter(n -> n.startsWith("files.") || n.startsWith("/upload/")).map(n -> n.replaceAll("/F\\d+$", ""))
                    .toList();
            assertThat(order).containsExactly("files.getUploadURLExternal", "/upload/v1", "files.completeUploadExternal");
        }
    }

    /** The one chart shared, checked to be a PNG of the chart's size with the text form as its alt text. */
    private static FakeWebApi.Upload onlyUpload(SlackRig rig) throws Exception {
        List<FakeWebApi.Upload> shared = rig.fake.sharedUploads();
        assertThat(shared).hasSize(1);
        FakeWebApi.Upload chart = shared.get(0);
        assertThat(chart.filename()).isEqualTo("ballerina-scorecard-1.png");
        assertThat(chart.altText()).contains("Acting");
        assertThat(chart.content()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.content()));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).as("a row per section").isGreaterThan(26 * 5);
        return chart;
    }
}
