package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.slack.SlackRig.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /review ...} through the real Bolt in both modes: private answers, sharing, commands, limits. */
class SlackSlashCommandTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void question_isAnsweredPrivately_thenSharedInTheChannel(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            SlackRig.Ack ack = rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", user, channel,
                    rig.fake.responseUrl("ask")));

            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.body()).as("without a language model, no placeholder").doesNotContain(BlockKitRenderer.PLACEHOLDER);
            RecordedCall answer = rig.awaitResponse("ask");
            assertThat(answer.json().path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(Posted.allText(answer)).contains("You asked: how is the acting in Ballerina?")
                    .contains("Ana de Armas").contains("Ballerina, Acting");
            String answerId = Posted.buttonValue(answer, ActionIds.SHARE);
            assertThat(answerId).isNotBlank();
            assertThat(rig.postsTo(channel)).as("nothing public before sharing").isEmpty();

            rig.interaction(buttonClick(user, channel, ActionIds.SHARE, answerId, newTs(), rig.fake.responseUrl("share")));

            RecordedCall shared = rig.awaitPost(channel);
            assertThat(Posted.allText(shared)).contains("<@" + user + "> asked: how is the acting in Ballerina?")
                    .contains("Ana de Armas");
            assertThat(Posted.buttonValue(shared, ActionIds.SHARE)).isNull();
            assertThat(Posted.buttonValue(shared, ActionIds.FULL_SECTION_PREFIX)).isEqualTo("Ballerina\nActing");
            RecordedCall deleted = rig.awaitResponse("share");
            assertThat(deleted.json().path("delete_original").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ack_isSentBeforeTheAnswerIsWorkedOut(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            rig.workers.hold();
            long start = System.nanoTime();

            SlackRig.Ack ack = rig.slashCommand(slashCommand("/review", "how is the writing in Ballerina?",
                    SlackRig.id("U"), SlackRig.id("C"), rig.fake.responseUrl("held")));

            long ackMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ack.status()).isEqualTo(200);
            assertThat(ackMillis).as("well within Slack's 3 s").isLessThan(3_000);
            assertThat(rig.responses("held")).isEmpty();
            assertThat(rig.workers.submitted()).isEqualTo(1);
            rig.workers.release();
            assertThat(Posted.allText(rig.awaitResponse("held"))).contains("Ballerina, Writing");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void list_show_help_andProblems(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            rig.slashCommand(slashCommand("/review", "list", user, channel, rig.fake.responseUrl("list")));
            rig.slashCommand(slashCommand("/review", "show Ballerina acting", user, channel, rig.fake.responseUrl("show")));
            rig.slashCommand(slashCommand("/review", "help", user, channel, rig.fake.responseUrl("help")));
            rig.slashCommand(slashCommand("/review", "show Nonexistent Film", user, channel, rig.fake.responseUrl("bad")));

            assertThat(Posted.allText(rig.awaitResponse("list"))).contains("Ballerina").contains("Neon Harvest");
            assertThat(Posted.allText(rig.awaitResponse("show"))).contains("*Ballerina - Acting*")
                    .contains("Ana de Armas anchors the film superbly");
            assertThat(Posted.allText(rig.awaitResponse("help"))).contains("/review show").contains("Mention me");
            assertThat(Posted.allText(rig.awaitResponse("bad"))).startsWith("Sorry: unknown film");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void questionsOverThePerUserLimit_areRefusedPolitely_otherUsersStillAsk(Mode mode) throws Exception {
        // Its own bot (no reviews, the shared model) with 2 a minute: a token comes back only after 30 s.
        Map<String, String> environment = Map.of("REVIEWBOT_QUESTIONS_PER_MINUTE", "2");
        try (ReviewBot limited = ReviewBot.inMemory(TestBots.config(environment), TestBots.loader(environment),
                TestBots.model());
             SlackRig rig = SlackRig.start(mode, limited, config -> config)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            for (int i = 0; i < 3; i++) {
                rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", user, channel,
                        rig.fake.responseUrl("q" + i)));
            }
            rig.slashCommand(slashCommand("/review", "list", user, channel, rig.fake.responseUrl("list")));
            rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", SlackRig.id("U"), channel,
                    rig.fake.responseUrl("other")));
            rig.awaitIdle();

            String throttled = "You have asked 2 questions in the last minute, the limit";
            assertThat(Posted.allText(rig.awaitResponse("q0"))).contains("You asked:").doesNotContain(throttled);
            assertThat(Posted.allText(rig.awaitResponse("q1"))).contains("You asked:").doesNotContain(throttled);
            assertThat(Posted.allText(rig.awaitResponse("q2"))).contains(throttled);
            assertThat(Posted.allText(rig.awaitResponse("list"))).as("only questions count").contains("No reviews");
            assertThat(Posted.allText(rig.awaitResponse("other"))).contains("You asked:").doesNotContain(throttled);
        }
    }

    @Test
    void aFloodOfMentions_isToldOnce_thenMetWithSilence_andSoAreEmptyMentions() throws Exception {
        Map<String, String> environment = Map.of("REVIEWBOT_QUESTIONS_PER_MINUTE", "1");
        try (ReviewBot limited = ReviewBot.inMemory(TestBots.config(environment), TestBots.loader(environment),
                TestBots.model());
             SlackRig rig = SlackRig.start(Mode.HTTP, limited, config -> config)) {
            String flooder = SlackRig.id("U");
            String idler = SlackRig.id("U");
            String channel = SlackRig.id("C");

            for (int i = 0; i < 5; i++) {
                rig.event(SlackPayloads.eventCallback(SlackPayloads.appMention(flooder, channel,
                        "<@U0BOT> how is the acting " + i + "?", SlackPayloads.newTs()), SlackPayloads.newEventId()));
                rig.event(SlackPayloads.eventCallback(SlackPayloads.appMention(idler, channel, "<@U0BOT>",
                        SlackPayloads.newTs()), SlackPayloads.newEventId()));
            }
            rig.awaitIdle();

            String throttled = "You have asked 1 questions in the last minute, the limit";
            List<RecordedCall> notices = rig.fake.callsTo("chat.postEphemeral");
            assertThat(notices).as("told once").hasSize(1);
            assertThat(Posted.allText(notices.get(0))).contains(throttled);
            assertThat(rig.postsTo(channel)).as("one answer to the flooder, one help to the idler").hasSize(2);
        }
    }
}
