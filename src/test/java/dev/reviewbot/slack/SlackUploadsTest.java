package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.directMessage;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.file;
import static dev.reviewbot.slack.SlackPayloads.fileShare;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SharedBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.slack.SlackRig.Mode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Admin ingestion: a review file DMed to the bot by an admin is downloaded with the bot token and stored. */
class SlackUploadsTest {

    private static final String CONFIG_ADMIN = "U0CFGADMIN";

    /** Titles differ in words, not only in a letter: the core matches film names fuzzily. */
    private static final List<String> TITLES = List.of("The Lantern Keeper", "Copper Orchard");

    private static final String REVIEW = """
            # %s

            ## Acting
            Mara Quist plays the lighthouse keeper with a stillness that hides a storm. Her scenes with the young
            radio operator carry the film.

            ## Verdict
            A patient, luminous drama that rewards attention.
            """;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void configuredAdmin_addsAReview_andCanAskAboutItAtOnce(Mode mode) throws Exception {
        try (SlackRig rig = start(mode)) {
            String dm = SlackRig.id("D");
            String title = TITLES.get(mode.ordinal());
            byte[] review = REVIEW.formatted(title).getBytes(StandardCharsets.UTF_8);
            String url = rig.fake.addFile("F" + dm, "lantern-" + mode.ordinal() + ".md", "text/markdown", review);

            rig.event(eventCallback(fileShare(CONFIG_ADMIN, dm, newTs(),
                    file("F" + dm, "lantern-" + mode.ordinal() + ".md", "text/markdown", review.length, url)), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(dm))).startsWith("Added " + title + " (2 sections)");
            RecordedCall download = rig.fake.awaitCall("/files/lantern-" + mode.ordinal() + ".md", SlackRig.WAIT);
            assertThat(download.token()).isEqualTo(FakeSlack.BOT_TOKEN);
            assertThat(rig.bot.library().catalog().films()).contains(title);

            rig.event(eventCallback(directMessage(CONFIG_ADMIN, dm, "how is the acting in " + title + "?", newTs()),
                    newEventId()));
            assertThat(Posted.allText(rig.awaitPost(dm, 2))).contains("Mara Quist").contains(title + ", Acting");
        }
    }

    @Test
    void workspaceAdmin_isRecognisedThroughUsersInfo() throws Exception {
        try (SlackRig rig = start(Mode.HTTP)) {
            String admin = SlackRig.id("U");
            String dm = SlackRig.id("D");
            rig.fake.setAdmins(admin);
            byte[] review = REVIEW.formatted("Winter Signal").getBytes(StandardCharsets.UTF_8);
            String url = rig.fake.addFile("FW", "lantern-w.txt", "text/plain", review);

            rig.event(eventCallback(fileShare(admin, dm, newTs(), file("FW", "lantern-w.txt", "text/plain", review.length,
                    url)), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(dm))).startsWith("Added Winter Signal (2 sections)");
            assertThat(rig.fake.callsTo("users.info")).anySatisfy(call -> assertThat(call.param("user")).isEqualTo(admin));
        }
    }

    @Test
    void badFiles_getAClearError_andNothingIsStored() throws Exception {
        try (SlackRig rig = start(Mode.HTTP)) {
            String dm = SlackRig.id("D");
            int reviews = rig.bot.library().catalog().reviews().size();
            byte[] pdf = "%PDF-1.7 \u0000binary".getBytes(StandardCharsets.ISO_8859_1);
            byte[] binary = "# Title\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
            byte[] empty = "   \n".getBytes(StandardCharsets.UTF_8);
            String pdfUrl = rig.fake.addFile("FP", "poster.pdf", "application/pdf", pdf);
            String binaryUrl = rig.fake.addFile("FB", "broken.md", "text/markdown", binary);
            String emptyUrl = rig.fake.addFile("FE", "empty.txt", "text/plain", empty);

            rig.event(eventCallback(fileShare(CONFIG_ADMIN, dm, newTs(),
                    file("FP", "poster.pdf", "application/pdf", pdf.length, pdfUrl),
                    file("FB", "broken.md", "text/markdown", binary.length, binaryUrl),
                    file("FE", "empty.txt", "text/plain", empty.length, emptyUrl),
                    file("FX", "elsewhere.md", "text/markdown", 10, "https://evil.example/elsewhere.md")), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(dm, 1))).startsWith("Not stored: poster.pdf: not a review file");
            assertThat(Posted.allText(rig.awaitPost(dm, 2))).startsWith("Not stored: broken.md").contains("binary data");
            assertThat(Posted.allText(rig.awaitPost(dm, 3))).startsWith("Not stored: empty.txt").contains("empty");
            assertThat(Posted.allText(rig.awaitPost(dm, 4)))
                    .isEqualTo("Could not download elsewhere.md from Slack: the file is not on files.slack.com.");
            assertThat(rig.bot.library().catalog().reviews()).hasSize(reviews);

            // Headings with nothing under them: one named error too, not silence.
            byte[] hollow = "## One\n## Two\n".getBytes(StandardCharsets.UTF_8);
            String hollowUrl = rig.fake.addFile("FH", "hollow.md", "text/markdown", hollow);
            rig.event(eventCallback(fileShare(CONFIG_ADMIN, dm, newTs(),
                    file("FH", "hollow.md", "text/markdown", hollow.length, hollowUrl)), newEventId()));
            assertThat(Posted.allText(rig.awaitPost(dm, 5)))
                    .isEqualTo("Not stored: hollow.md: no review text: headings, but nothing under them");
            assertThat(rig.bot.library().catalog().reviews()).hasSize(reviews);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void otherUsers_areRefusedPolitely_andTheFileIsNeverDownloaded(Mode mode) throws Exception {
        try (SlackRig rig = start(mode)) {
            String dm = SlackRig.id("D");
            byte[] review = REVIEW.formatted("Refused Film").getBytes(StandardCharsets.UTF_8);
            String url = rig.fake.addFile("FR", "refused.md", "text/markdown", review);

            rig.event(eventCallback(fileShare(SlackRig.id("U"), dm, newTs(),
                    file("FR", "refused.md", "text/markdown", review.length, url)), newEventId()));

            assertThat(Posted.allText(rig.awaitPost(dm))).isEqualTo(ReviewUploads.REFUSAL);
            rig.awaitIdle();
            assertThat(rig.fake.callsTo("/files/refused.md")).isEmpty();
            assertThat(rig.bot.library().catalog().films()).doesNotContain("Refused Film");
        }
    }

    @Test
    void filesSharedInChannels_areIgnored() throws Exception {
        try (SlackRig rig = start(Mode.HTTP)) {
            String channel = SlackRig.id("C");
            byte[] review = REVIEW.formatted("Channel Film").getBytes(StandardCharsets.UTF_8);
            String url = rig.fake.addFile("FC", "channel.md", "text/markdown", review);

            rig.event(eventCallback(fileShare(CONFIG_ADMIN, channel, newTs(),
                    file("FC", "channel.md", "text/markdown", review.length, url)).put("channel_type", "channel"), newEventId()));
            rig.awaitIdle();

            assertThat(rig.postsTo(channel)).isEmpty();
            assertThat(rig.fake.callsTo("/files/channel.md")).isEmpty();
        }
    }

    @Test
    void admin_removesAReviewByDm_onlyAfterConfirming_othersAreRefused() throws Exception {
        try (SlackRig rig = start(Mode.SOCKET_MODE)) {
            String title = "Brief Harbour Lights";
            String dm = SlackRig.id("D");
            byte[] review = REVIEW.formatted(title).getBytes(StandardCharsets.UTF_8);
            String url = rig.fake.addFile("F" + dm, "harbour.md", "text/markdown", review);
            rig.event(eventCallback(fileShare(CONFIG_ADMIN, dm, newTs(),
                    file("F" + dm, "harbour.md", "text/markdown", review.length, url)), newEventId()));
            assertThat(Posted.allText(rig.awaitPost(dm))).startsWith("Added " + title);

            String stranger = SlackRig.id("U");
            String strangersDm = SlackRig.id("D");
            rig.event(eventCallback(directMessage(stranger, strangersDm, "remove " + title, newTs()), newEventId()));
            assertThat(Posted.allText(rig.awaitPost(strangersDm))).isEqualTo(Mrkdwn.escape(ReviewRemovals.REFUSAL));

            rig.event(eventCallback(directMessage(CONFIG_ADMIN, dm, "remove Brief Harbour Light", newTs()), newEventId()));
            assertThat(Posted.allText(rig.awaitPost(dm, 2))).startsWith("Nothing removed: ").contains(title);

            rig.event(eventCallback(directMessage(CONFIG_ADMIN, dm, "remove " + title, newTs()), newEventId()));
            RecordedCall preview = rig.awaitPost(dm, 3);
            assertThat(Posted.allText(preview)).contains("This will remove 1 review(s)").contains(title);
            assertThat(rig.bot.library().catalog().films()).as("nothing removed before the click").contains(title);

            rig.interaction(buttonClick(stranger, dm, ActionIds.CONFIRM_REMOVAL,
                    Posted.buttonValue(preview, ActionIds.CONFIRM_REMOVAL), newTs(), rig.fake.responseUrl("rm-stranger")));
            assertThat(Posted.allText(rig.awaitResponse("rm-stranger"))).contains("only workspace admins");
            assertThat(rig.bot.library().catalog().films()).contains(title);

            rig.interaction(buttonClick(CONFIG_ADMIN, dm, ActionIds.CONFIRM_REMOVAL,
                    Posted.buttonValue(preview, ActionIds.CONFIRM_REMOVAL), newTs(), rig.fake.responseUrl("rm")));
            assertThat(Posted.allText(rig.awaitResponse("rm"))).isEqualTo("Removed: " + title + ".");
            assertThat(rig.bot.library().catalog().films()).doesNotContain(title);

            rig.interaction(buttonClick(CONFIG_ADMIN, dm, ActionIds.CONFIRM_REMOVAL,
                    Posted.buttonValue(preview, ActionIds.CONFIRM_REMOVAL), newTs(), rig.fake.responseUrl("rm-again")));
            assertThat(Posted.allText(rig.awaitResponse("rm-again"))).startsWith("Nothing removed: the library changed");
        }
    }

    private static SlackRig start(Mode mode) throws Exception {
        return SlackRig.start(mode, SharedBot.get(),
                c -> new BotConfig.SlackConfig(c.port(), c.apiUrl(), List.of(CONFIG_ADMIN), c.threadFollowUps()));
    }
}
