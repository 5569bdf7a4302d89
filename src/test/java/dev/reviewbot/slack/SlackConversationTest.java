package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.directMessage;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.messageChanged;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.threadReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SharedBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.slack.SlackRig.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mentions, thread follow-ups and DMs, through the real Bolt in both modes. */
class SlackConversationTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void mention_isAnsweredInAThreadUnderIt_citingTheRightSection(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String channel = SlackRig.id("C");
            String ts = newTs();

            SlackRig.Ack ack = rig.event(eventCallback(
                    appMention(SlackRig.id("U"), channel, "<@U0BOT> how is the acting in Ballerina?", ts), newEventId()));

            assertThat(ack.status()).isEqualTo(200);
            RecordedCall post = rig.awaitPost(channel);
            assertThat(post.param("thread_ts")).isEqualTo(ts);
            assertThat(post.token()).isEqualTo(FakeSlack.BOT_TOKEN);
            assertThat(Posted.allText(post)).contains("Ana de Armas").contains("*[1]* Ballerina, Acting");
            assertThat(Posted.buttonValue(post, ActionIds.FULL_SECTION_PREFIX)).isEqualTo("Ballerina\nActing");
            assertThat(Posted.buttonValue(post, ActionIds.HELPFUL)).isNotBlank();
            assertThat(Posted.buttonValue(post, ActionIds.SHARE)).as("only private answers are shared").isNull();
            assertThat(post.param("text")).contains("Ana de Armas");
            rig.awaitIdle();
            assertThat(rig.fake.callsTo("chat.update")).as("without a language model, no placeholder to update").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void threadFollowUp_withoutMention_continuesTheConversationAboutTheSameFilm(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            String thread = newTs();
            rig.event(eventCallback(appMention(user, channel, "<@U0BOT> how is the acting in Ballerina?", thread),
                    newEventId()));
            rig.awaitPost(channel);

            rig.event(eventCallback(threadReply(user, channel, "and the cinematography?", newTs(), thread), newEventId()));

            RecordedCall followUp = rig.awaitPost(channel, 2);
            assertThat(followUp.param("thread_ts")).isEqualTo(thread);
            assertThat(Posted.allText(followUp)).contains("Ballerina, Cinematography");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void threadReply_whereTheBotNeverAnswered_isLeftAlone(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String channel = SlackRig.id("C");

            SlackRig.Ack ack = rig.event(eventCallback(threadReply(SlackRig.id("U"), channel,
                    "how is the acting in Ballerina?", newTs(), newTs()), newEventId()));
            rig.event(eventCallback(directMessage(SlackRig.id("U"), "D0BARRIER", "list", newTs()), newEventId()));
            rig.awaitPost("D0BARRIER");
            rig.awaitIdle();

            assertThat(ack.status()).isEqualTo(200);
            assertThat(rig.postsTo(channel)).isEmpty();
        }
    }

    @Test
    void threadFollowUps_canBeTurnedOff() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP, SharedBot.get(),
                c -> new BotConfig.SlackConfig(c.port(), c.apiUrl(), c.adminUserIds(), false))) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            String thread = newTs();
            rig.event(eventCallback(appMention(user, channel, "<@U0BOT> how is the acting in Ballerina?", thread),
                    newEventId()));
            rig.awaitPost(channel);

            rig.event(eventCallback(threadReply(user, channel, "and the cinematography?", newTs(), thread), newEventId()));
            rig.awaitIdle();

            assertThat(rig.postsTo(channel)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void mentionInsideTheThread_isAnsweredOnce_thoughSlackSendsItAsMentionAndAsMessage(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            String thread = newTs();
            rig.event(eventCallback(appMention(user, channel, "<@U0BOT> how is the acting in Ballerina?", thread),
                    newEventId()));
            rig.awaitPost(channel);

            String ts = newTs();
            String text = "<@U0BOT> and the writing?";
            rig.event(eventCallback(threadReply(user, channel, text, ts, thread), newEventId()));
            rig.event(eventCallback(appMention(user, channel, text, ts).put("thread_ts", thread), newEventId()));
            RecordedCall answer = rig.awaitPost(channel, 2);
            rig.awaitIdle();

            assertThat(Posted.allText(answer)).contains("Ballerina, Writing");
            assertThat(rig.postsTo(channel)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void directMessage_isAQuestion_answeredInTheDm(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String dm = SlackRig.id("D");

            rig.event(eventCallback(directMessage(SlackRig.id("U"), dm, "what about the special effects in Ballerina?",
                    newTs()), newEventId()));

            RecordedCall post = rig.awaitPost(dm);
            assertThat(post.param("thread_ts")).isNull();
            assertThat(Posted.allText(post)).contains("Ballerina, Special Effects");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void otherApps_andEdits_areAcknowledgedButNeverAnswered(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String dm = SlackRig.id("D");

            SlackRig.Ack bot = rig.event(eventCallback(directMessage(SlackRig.id("U"), dm, "how is the acting?", newTs())
                    .put("bot_id", "B0OTHER"), newEventId()));
            SlackRig.Ack edit = rig.event(eventCallback(messageChanged(SlackRig.id("U"), dm, newTs()), newEventId()));
            rig.awaitIdle();

            assertThat(bot.status()).isEqualTo(200);
            assertThat(edit.status()).as("unhandled subtypes are acked, or Slack retries them").isEqualTo(200);
            assertThat(rig.postsTo(dm)).isEmpty();
        }
    }
}
