package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bot works without the privileged MESSAGE_CONTENT intent: the fake Discord has it switched off, as a
 * new application has, refuses an IDENTIFY asking for it (4014), and delivers guild messages that do not
 * mention the bot with their content empty, as Discord does.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordLeastPrivilegeTest {

    /** Loaded outside the time limit (which does not cover lifecycle methods): the first class to need it pays. */
    @BeforeAll
    static void loadTheSharedBot() {
        SharedBot.get();
    }

    @Test
    void withoutMessageContent_mentionsInChannelsAndThreads_andDms_areAnswered() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            JsonNode identify = fake.gatewayPayloads().stream().filter(p -> p.path("op").asInt() == 2).findFirst()
                    .orElseThrow();
            assertThat(identify.at("/d/intents").asLong() & FakeGateway.MESSAGE_CONTENT).as("MESSAGE_CONTENT").isZero();

            String inChannel = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            String inThread = fake.sendThreadMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            String direct = fake.sendDirectMessage(fake.user().id(), "how is the acting in Ballerina?");

            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.channelId(), inChannel).body())).contains("Ballerina");
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.threadId(), inThread).body())).contains("Ballerina");
            assertThat(DiscordTestBed.text(bed.awaitReplyTo(fake.dmChannelId(fake.user().id()), direct).body()))
                    .contains("Ballerina");
        }
    }

    @Test
    void aMessageNotMentioningTheBot_arrivesWithoutContent_andIsLeftAlone() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String unread = fake.sendGuildMessage(fake.user().id(), "how is the acting in Ballerina?");
            String marker = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the writing in Ballerina?");

            bed.awaitReplyTo(fake.channelId(), marker);

            assertThat(fake.lastDelivered(unread).path("content").asText()).isEmpty();
            assertThat(fake.lastDelivered(marker).path("content").asText()).contains("how is the writing");
            assertThat(bed.repliesTo(unread)).isZero();
        }
    }
}
