package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appHomeOpened;
import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SharedBot;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.slack.SlackRig.Mode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The answer buttons and the App Home tab, through the real Bolt in both modes. */
class SlackButtonsAndHomeTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fullSection_showsTheWholeCitedSection_toTheClickerOnly(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String channel = SlackRig.id("C");
            RecordedCall answer = mentionAnswer(rig, channel, "how is the acting in Ballerina?");
            String value = Posted.buttonValue(answer, ActionIds.FULL_SECTION_PREFIX);

            rig.interaction(buttonClick(SlackRig.id("U"), channel, ActionIds.FULL_SECTION_PREFIX + "0", value, newTs(),
                    rig.fake.responseUrl("full")));

            RecordedCall full = rig.awaitResponse("full");
            assertThat(full.json().path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(full.json().path("replace_original").asBoolean()).isFalse();
            assertThat(Posted.allText(full)).contains("*Ballerina - Acting*")
                    .contains("Supporting cast members like Anjelica Huston")
                    .contains("letting Ballerina stand on its own.");
        }
    }

    @Test
    void fullSection_longerThanOneBlock_isSplitAtSentencesWithinSlacksLimits() throws Exception {
        String sentence = "The river scenes drift on and on & the camera never stops moving. ";
        String review = "# The Long River\n\n## Cinematography\n" + sentence.repeat(150) + "\n\n## Verdict\nToo long.\n";
        assertThat(SharedBot.get().uploads().ingest("long-river.md", review.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UploadIngest.Result.Stored.class);
        try (SlackRig rig = SlackRig.start(Mode.HTTP)) {
            rig.interaction(buttonClick(SlackRig.id("U"), SlackRig.id("C"), ActionIds.FULL_SECTION_PREFIX + "0",
                    new SectionRef("The Long River", "Cinematography").value(), newTs(), rig.fake.responseUrl("long")));

            List<String> texts = Posted.texts(rig.awaitResponse("long"));
            assertThat(texts.get(0)).isEqualTo("*The Long River - Cinematography*");
            assertThat(texts.subList(1, texts.size())).hasSizeGreaterThan(3).allSatisfy(text -> assertThat(text)
                    .hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT).endsWith("moving."));
            assertThat(String.join(" ", texts.subList(1, texts.size())))
                    .isEqualTo(Mrkdwn.escape(sentence.repeat(150).strip()));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void feedback_isRecordedOncePerUserAndAnswer(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String channel = SlackRig.id("C");
            String alice = SlackRig.id("U");
            String bob = SlackRig.id("U");
            String answerId = Posted.buttonValue(mentionAnswer(rig, channel, "how is the writing in Ballerina?"),
                    ActionIds.HELPFUL);
            long helpful = rig.bot.feedback().helpfulCount();
            long unhelpful = rig.bot.feedback().unhelpfulCount();

            rig.interaction(buttonClick(alice, channel, ActionIds.HELPFUL, answerId, newTs(), rig.fake.responseUrl("a1")));
            rig.interaction(buttonClick(alice, channel, ActionIds.HELPFUL, answerId, newTs(), rig.fake.responseUrl("a2")));
            rig.interaction(buttonClick(bob, channel, ActionIds.NOT_HELPFUL, answerId, newTs(), rig.fake.responseUrl("b1")));
            rig.interaction(buttonClick(bob, channel, ActionIds.HELPFUL, "no-such-answer", newTs(),
                    rig.fake.responseUrl("b2")));
            rig.awaitIdle();

            assertThat(rig.bot.feedback().helpfulCount()).isEqualTo(helpful + 1);
            assertThat(rig.bot.feedback().unhelpfulCount()).isEqualTo(unhelpful + 1);
            assertThat(Posted.allText(rig.awaitResponse("a1"))).contains("Thanks, noted as helpful");
            assertThat(Posted.allText(rig.awaitResponse("a2"))).contains("already rated");
            assertThat(Posted.allText(rig.awaitResponse("b1"))).contains("noted as not helpful");
            assertThat(Posted.allText(rig.awaitResponse("b2"))).contains("too old to rate");
            assertThat(rig.awaitResponse("a1").json().path("response_type").asText()).isEqualTo("ephemeral");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void appHome_isPublishedWithHowToAskAndTheStoredReviews(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");

            rig.event(eventCallback(appHomeOpened(SlackRig.id("U"), "messages"), newEventId()));
            rig.event(eventCallback(appHomeOpened(user), newEventId()));

            RecordedCall publish = rig.fake.awaitCall("views.publish", SlackRig.WAIT);
            rig.awaitIdle();
            assertThat(rig.fake.callsTo("views.publish")).as("the Messages tab has no view").hasSize(1);
            assertThat(publish.param("user_id")).isEqualTo(user);
            assertThat(publish.param("view")).contains("\"type\":\"home\"");
            assertThat(Posted.allText(publish)).contains("ReviewBot").contains("/review how is the acting in Ballerina?")
                    .contains("*Stored reviews (" + rig.bot.library().catalog().reviews().size() + ")*")
                    .contains("*Ballerina*").contains("*Neon Harvest*")
                    .contains("Admins add a review");
        }
    }

    private static RecordedCall mentionAnswer(SlackRig rig, String channel, String question) {
        rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> " + question, newTs()), newEventId()));
        return rig.awaitPost(channel);
    }
}
