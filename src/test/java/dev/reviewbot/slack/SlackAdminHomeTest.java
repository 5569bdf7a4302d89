package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appHomeOpened;
import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.homeChannelsChosen;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.slack.SlackRig.Mode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What admins set and see in the App Home, through the real Bolt in both modes: the week's report and the
 * channels select; outside the chosen channels a mention gets silence and /review one private line. A bot of
 * its own: Slack's workspace has no id in the core, so its channels and questions would mix with other tests'.
 */
class SlackAdminHomeTest {

    private static ReviewBot bot;

    @BeforeAll
    static void openBot() {
        bot = TestBots.bundled();
    }

    /** Every channel again: the runs share the bot. */
    @BeforeEach
    void everyChannel() {
        bot.commands().execute(new Requester("slack", "U0CHECK", Requester.Place.direct("D0CHECK")),
                new BotCommand.Channels(BotCommand.ChannelChange.ALL, List.of()));
    }

    @AfterAll
    static void closeBot() {
        bot.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void adminsSeeTheReport_chooseChannels_andTheBotAnswersOnlyThere(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode, bot, config -> config)) {
            String admin = SlackRig.id("U");
            String member = SlackRig.id("U");
            String chosen = SlackRig.id("C");
            String elsewhere = SlackRig.id("C");
            rig.fake.setAdmins(admin);
            String declined = "how is the acting in The Godfather?";
            rig.event(eventCallback(appMention(member, elsewhere, "<@U0BOT> " + declined, newTs()), newEventId()));
            rig.awaitPost(elsewhere);

            rig.event(eventCallback(appHomeOpened(admin), newEventId()));
            String home = Posted.allText(rig.fake.awaitCall("views.publish", SlackRig.WAIT));
            assertThat(home).contains("For admins").contains("Questions in the last 7 days:")
                    .contains("declined").contains("The Godfather").contains(declined)
                    .contains("*Where I answer:* every channel");
            assertThat(rig.fake.callsTo("views.publish").get(0).param("view"))
                    .contains("\"multi_conversations_select\"").contains(ActionIds.ANSWER_CHANNELS);

            rig.interaction(homeChannelsChosen(admin, ActionIds.ANSWER_CHANNELS, List.of(chosen)));
            rig.fake.awaitCall(call -> rig.fake.callsTo("views.publish").size() >= 2, SlackRig.WAIT);
            rig.awaitIdle();
            RecordedCall republished = rig.fake.callsTo("views.publish").get(1);
            assertThat(Posted.allText(republished)).contains("only <#" + chosen + ">");
            assertThat(republished.param("view")).contains("\"initial_conversations\":[\"" + chosen + "\"]");

            rig.interaction(homeChannelsChosen(member, ActionIds.ANSWER_CHANNELS, List.of()));
            rig.event(eventCallback(appHomeOpened(member), newEventId()));
            rig.awaitIdle();
            assertThat(allowed()).as("a member changes nothing").containsExactly(chosen);
            assertThat(rig.fake.callsTo("views.publish")).filteredOn(c -> member.equals(c.param("user_id")))
                    .isNotEmpty().allSatisfy(c -> assertThat(c.param("view")).doesNotContain("For admins"));

            String ignored = newTs();
            rig.event(eventCallback(appMention(member, elsewhere, "<@U0BOT> how is the acting in Ballerina?", ignored),
                    newEventId()));
            rig.event(eventCallback(appMention(member, chosen, "<@U0BOT> how is the acting in Ballerina?", newTs()),
                    newEventId()));
            assertThat(Posted.allText(rig.awaitPost(chosen))).contains("Ballerina");
            rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", member, elsewhere,
                    rig.fake.responseUrl("elsewhere")));
            RecordedCall told = rig.awaitResponse("elsewhere");
            rig.awaitIdle();
            assertThat(rig.postsTo(elsewhere)).as("the mention outside the chosen channels: silence").hasSize(1);
            assertThat(rig.fake.callsTo("chat.postEphemeral")).noneMatch(c -> elsewhere.equals(c.param("channel")));
            assertThat(told.json().path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(Posted.allText(told)).contains("I answer only in <#" + chosen + ">");
            rig.slashCommand(slashCommand("/review", "how is the acting in Ballerina?", member, SlackRig.id("D"),
                    rig.fake.responseUrl("dm")));
            assertThat(Posted.allText(rig.awaitResponse("dm"))).as("a DM is always answered").contains("Ballerina");

            rig.interaction(homeChannelsChosen(admin, ActionIds.ANSWER_CHANNELS, List.of()));
            rig.awaitIdle();
            rig.fake.awaitCall(call -> allowed().isEmpty(), SlackRig.WAIT);
        }
    }

    private static List<String> allowed() {
        Reply list = bot.commands().execute(new Requester("slack", "U0CHECK", Requester.Place.direct("D0CHECK")),
                new BotCommand.Channels(BotCommand.ChannelChange.LIST, List.of()));
        return ((Reply.ChannelList) list).channels();
    }
}
