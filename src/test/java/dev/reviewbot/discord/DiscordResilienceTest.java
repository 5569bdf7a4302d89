package dev.reviewbot.discord;

import static dev.reviewbot.discord.DiscordQuestionsTest.assertCites;
import static dev.reviewbot.discord.DiscordTestBed.RECONNECT_WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.feedback.FeedbackLog;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults, through the real JDA: the gateway connection drops mid-session (JDA resumes, or identifies
 * anew when the resume is refused) and the next question is answered exactly once; an event whose
 * handling fails is apologised for and does not stop the bot.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordResilienceTest {

    /** Loaded outside the time limit (which does not cover lifecycle methods): the first class to need it pays. */
    @BeforeAll
    static void loadTheSharedBot() {
        SharedBot.get();
    }

    @Test
    void droppedGateway_isResumed_andTheNextQuestionIsAnsweredExactlyOnce() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String before = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), before);

            fake.closeGatewayAbruptly();
            fake.awaitResumeCount(1, RECONNECT_WAIT);

            String after = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " and the writing?");
            assertCites(bed.awaitReplyTo(fake.channelId(), after).body(), "Ballerina", "Writing");
            assertAnsweredOnce(bed, after);
            assertThat(fake.identifyCount()).as("resumed, not identified again").isEqualTo(1);
            assertThat(bed.repliesTo(before)).isEqualTo(1);
        }
    }

    @Test
    void refusedResume_leadsToANewSession_andTheNextQuestionIsAnsweredExactlyOnce() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            fake.rejectNextResume();
            fake.closeGateway(4000);
            fake.awaitIdentifyCount(2, RECONNECT_WAIT);

            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            assertCites(bed.awaitReplyTo(fake.channelId(), asked).body(), "Ballerina", "Acting");
            assertAnsweredOnce(bed, asked);
            assertThat(fake.resumeCount()).isEqualTo(1);
        }
    }

    @Test
    void aFailingEvent_isApologisedFor_andTheBotGoesOn(@TempDir Path dir) throws Exception {
        // A feedback log that cannot write: its "file" is a directory.
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).feedback(new FeedbackLog(dir)).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), asked);
            JsonNode answer = bed.replyMessage(asked);

            FakeInteraction vote = fake.clickButton(fake.user().id(), answer.get("id").asText(),
                    DiscordTestBed.buttonId(answer, "rb:vote:"));
            assertThat(bed.awaitEdit(vote).body().path("content").asText()).isEqualTo(Responder.SORRY);

            FakeInteraction stale = fake.clickButton(fake.user().id(), answer.get("id").asText(), "rb:full:gone:0");
            assertThat(bed.awaitEdit(stale).body().path("content").asText()).isEqualTo(AnswerButtons.EXPIRED);
            FakeInteraction foreign = fake.clickButton(fake.user().id(), answer.get("id").asText(), "someone-elses-button");
            assertThat(bed.awaitCallback(foreign).body().at("/data/content").asText()).contains("no longer works");

            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", "how is the writing in Ballerina?"));
            assertCites(bed.awaitEdit(ask).body(), "Ballerina", "Writing");
        }
    }

    /**
     * Exactly once: a later question is answered after it, and by then a duplicate would have been too
     * (events are handled in order and answered by one thread, replies go out in order).
     */
    private static void assertAnsweredOnce(DiscordTestBed bed, String messageId) {
        FakeDiscord fake = bed.fake;
        String marker = fake.sendGuildMessage(fake.admin().id(), fake.bot().mention() + " how is the score in Ballerina?");
        bed.awaitReplyTo(fake.channelId(), marker);
        assertThat(bed.repliesTo(messageId)).isEqualTo(1);
    }
}
