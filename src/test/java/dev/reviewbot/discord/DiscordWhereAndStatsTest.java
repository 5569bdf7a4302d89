package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What admins set and see on Discord, through the real JDA against the fake: `/review-admin channels` (where
 * the bot answers in the server) and `/review-admin stats` (the server's questions, votes and declines).
 * Each fake has a server of its own, so the shared bot's state of other servers does not leak in.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordWhereAndStatsTest {

    /** Loaded outside the time limit (which does not cover lifecycle methods): the first class to need it pays. */
    @BeforeAll
    static void loadTheSharedBot() {
        SharedBot.get();
    }

    private static final String ASK = "how is the acting in Ballerina?";

    @Test
    void anAllowList_silencesMentionsElsewhere_tellsSlashCommandsWhere_andAllRestoresEveryChannel() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String other = "<#" + fake.otherChannelId() + ">";

            FakeInteraction add = fake.sendSlashCommandInOtherChannel(fake.admin().id(), "review-admin channels add", Map.of());
            assertThat(bed.awaitCallback(add).body().at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
            assertThat(bed.awaitEdit(add).body().path("content").asText()).isEqualTo("I answer only in " + other + " (and in DMs).");

            String elsewhere = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            String inThread = fake.sendThreadMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            String there = fake.sendOtherChannelMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            String direct = fake.sendDirectMessage(fake.user().id(), ASK);
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.otherChannelId(), there).body())).contains("Ballerina");
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.dmChannelId(fake.user().id()), direct).body()))
                    .contains("Ballerina");
            assertThat(bed.repliesTo(elsewhere)).as("a mention outside the list: silence").isZero();
            assertThat(bed.repliesTo(inThread)).as("a thread of a channel outside the list").isZero();

            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", ASK));
            JsonNode told = bed.awaitCallback(ask).body();
            assertThat(told.at("/data/flags").asInt() & 64).isEqualTo(64);
            assertThat(told.at("/data/content").asText()).isEqualTo("I answer only in " + other + " on this server, and in DMs.");
            FakeInteraction reviews = fake.sendSlashCommand(fake.user().id(), "reviews", Map.of());
            assertThat(bed.awaitCallback(reviews).body().at("/data/content").asText()).contains(other);

            FakeInteraction list = fake.sendSlashCommand(fake.admin().id(), "review-admin channels list", Map.of());
            assertThat(bed.awaitEdit(list).body().path("content").asText()).contains(other);
            FakeInteraction all = fake.sendSlashCommand(fake.admin().id(), "review-admin channels all", Map.of());
            assertThat(bed.awaitEdit(all).body().path("content").asText()).isEqualTo("I answer in every channel of this server.");

            String again = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.channelId(), again).body())).contains("Ballerina");
        }
    }

    @Test
    void channels_areForAdminsOnly_andRemovingAChannelNotListedSaysSoInOneLine() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction byMember = fake.sendSlashCommand(fake.user().id(), "review-admin channels add", Map.of());
            assertThat(bed.awaitCallback(byMember).body().at("/data/content").asText()).isEqualTo(AdminCommands.REFUSED);

            FakeInteraction remove = fake.sendSlashCommand(fake.admin().id(), "review-admin channels remove", Map.of());
            assertThat(bed.awaitEdit(remove).body().path("content").asText())
                    .isEqualTo("Sorry: that channel is not on the list of channels I answer in");

            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.channelId(), asked).body())).contains("Ballerina");
        }
    }

    @Test
    void aChannelNamedInTheCommand_isTheOneAdded() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin channels add",
                    Map.of("channel", fake.otherChannel()));
            assertThat(bed.awaitEdit(add).body().path("content").asText())
                    .isEqualTo("I answer only in <#" + fake.otherChannelId() + "> (and in DMs).");
            FakeInteraction remove = fake.sendSlashCommand(fake.admin().id(), "review-admin channels remove",
                    Map.of("channel", fake.otherChannel()));
            assertThat(bed.awaitEdit(remove).body().path("content").asText()).isEqualTo("I answer in every channel of this server.");
        }
    }

    @Test
    void stats_showsThisServersQuestions_votesWithTheirCitations_andDeclinesByFilmAndAspect() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String answered = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " " + ASK);
            String declined = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in The Godfather?");
            JsonNode answer = bed.awaitReplyTo(fake.channelId(), answered).body();
            bed.awaitReplyTo(fake.channelId(), declined);
            String messageId = bed.replyMessage(answered).get("id").asText();
            String down = DiscordTestBed.buttonIds(answer).stream().filter(id -> id.endsWith(":down")).findFirst().orElseThrow();
            bed.awaitCallback(fake.clickButton(fake.admin().id(), messageId, down));

            FakeInteraction stats = fake.sendSlashCommand(fake.admin().id(), "review-admin stats", Map.of("since", "1d"));
            String shown = DiscordTestBed.text(bed.awaitEdit(stats).body());

            assertThat(shown).contains("Library", "hit rate")
                    .contains("Questions in the last 1 day")
                    .contains("2 asked: 1 answered, 1 declined")
                    .contains("0 helpful, 1 not helpful")
                    .contains("👎 \"" + ASK + "\" → Ballerina, Acting")
                    .contains("Declined, by film: **The Godfather**: 1 (\"how is the acting in The Godfather?\")")
                    .contains("Declined, by what they asked about: **acting**: 1");
        }
    }

    @Test
    void stats_withABadPeriod_isOneLine() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction stats = fake.sendSlashCommand(fake.admin().id(), "review-admin stats", Map.of("since", "soon"));
            assertThat(bed.awaitCallback(stats).body().at("/data/content").asText())
                    .isEqualTo("Sorry: the period must be a number of days, hours or minutes, such as 7d, 24h or 30m, not 'soon'");
        }
    }
}
