package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.slack.SlackRig.Mode;
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
        try (SlackRig rig = SlackRig.start(mode)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            int limit = rig.bot.rateLimiter().perMinute();

            for (int i = 0; i <= limit; i++) {
                rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", user, channel,
                        rig.fake.responseUrl("q" + i)));
            }
            rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", SlackRig.id("U"), channel,
                    rig.fake.responseUrl("other")));
            rig.awaitIdle();

            assertThat(Posted.allText(rig.awaitResponse("q" + (limit - 1)))).contains("Ana de Armas");
            assertThat(Posted.allText(rig.awaitResponse("q" + limit)))
                    .contains("You have asked " + limit + " questions in the last minute");
            assertThat(Posted.allText(rig.awaitResponse("other"))).contains("Ana de Armas");
        }
    }
}
