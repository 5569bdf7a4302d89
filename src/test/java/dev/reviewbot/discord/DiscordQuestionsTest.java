package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Questions through the real JDA against the fake Discord: mentions in a channel and a thread, DMs,
 * /ask with and without a film, follow-ups, the rate limit, and that nothing the bot sends can ping.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordQuestionsTest {

    @Test
    void mentionInAChannel_isAnsweredAsAReply_citingTheFilmAndSection() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");

            JsonNode reply = bed.awaitReplyTo(fake.channelId(), asked).body();

            assertCites(reply, "Ballerina", "Acting");
            assertThat(reply.at("/embeds/0/description").asText()).startsWith("> ").contains("**[1]**");
            assertThat(DiscordTestBed.buttonIds(reply)).anyMatch(id -> id.startsWith("rb:full:"))
                    .anyMatch(id -> id.startsWith("rb:vote:") && id.endsWith(":up"))
                    .anyMatch(id -> id.startsWith("rb:vote:") && id.endsWith(":down"));
            assertNoPings(reply);
        }
    }

    @Test
    void mentionInAThread_isAnsweredInTheThread() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendThreadMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");

            JsonNode reply = bed.awaitReplyTo(fake.threadId(), asked).body();

            assertCites(reply, "Ballerina", "Acting");
            assertThat(bed.repliesTo(asked)).isEqualTo(1);
        }
    }

    @Test
    void messagesNotMentioningTheBot_andMessagesFromBots_areIgnored() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String plain = fake.sendGuildMessage(fake.user().id(), "how is the acting in Ballerina?");
            String everyone = fake.sendGuildMessage(fake.user().id(), "@everyone how is the acting in Ballerina?");
            String own = fake.sendGuildMessage(fake.bot().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            String ownDm = fake.sendDirectMessage(fake.bot().id(), "how is the acting in Ballerina?");

            // Events are handled in order and answered by one thread: once the marker is answered, any
            // answer to the messages before it would have been sent.
            String marker = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the writing in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), marker);

            assertThat(bed.repliesTo(plain) + bed.repliesTo(everyone) + bed.repliesTo(own) + bed.repliesTo(ownDm)).isZero();
            assertThat(fake.requests()).noneMatch(r -> r.route().startsWith("/channels/" + fake.dmChannelId(fake.bot().id())));
        }
    }

    @Test
    void directMessage_anyMessageIsAQuestion() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendDirectMessage(fake.user().id(), "how is the cinematography in Ballerina?");

            JsonNode reply = bed.awaitReplyTo(fake.dmChannelId(fake.user().id()), asked).body();

            assertCites(reply, "Ballerina", "Cinematography");
            assertNoPings(reply);
        }
    }

    @Test
    void ask_defersAtOnce_thenEditsInTheAnswer() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask",
                    Map.of("question", "how is the acting in Ballerina?"));

            RecordedRequest ack = bed.awaitCallback(ask);
            RecordedRequest edit = bed.awaitEdit(ask);

            assertThat(ack.body().path("type").asInt()).as("deferred channel message").isEqualTo(5);
            assertThat(ack.body().at("/data/flags").asInt() & 64).as("public").isZero();
            assertThat(fake.requests().indexOf(ack)).isLessThan(fake.requests().indexOf(edit));
            assertCites(edit.body(), "Ballerina", "Acting");
            assertNoPings(edit.body());
        }
    }

    @Test
    void ask_withAFilm_isScopedToIt_andPrivateIsEphemeral() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask",
                    Map.of("question", "how is the writing?", "film", "ballerina", "private", true));

            RecordedRequest ack = bed.awaitCallback(ask);
            JsonNode answer = bed.awaitEdit(ask).body();

            assertThat(ack.body().at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
            assertCites(answer, "Ballerina", "Writing");
        }
    }

    @Test
    void followUp_inTheSameChannel_staysWithTheFilm() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String first = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), first);

            String followUp = fake.sendGuildMessage(fake.admin().id(), fake.bot().mention() + " and the writing?");

            assertCites(bed.awaitReplyTo(fake.channelId(), followUp).body(), "Ballerina", "Writing");
        }
    }

    @Test
    void mentionsOfEveryoneAndUsersInAQuestion_pingNobody_evenInAnEditedReply() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(),
                    fake.bot().mention() + " @everyone @here <@123> <@&456> how is the acting in Ballerina?");
            JsonNode reply = bed.awaitReplyTo(fake.channelId(), asked).body();
            assertNoPings(reply);
            assertCites(reply, "Ballerina", "Acting");

            // An unknown film is echoed back in the problem, so the mentions are in the text sent.
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review",
                    Map.of("film", "@everyone <@123>"));
            JsonNode edit = bed.awaitEdit(review).body();
            assertThat(edit.path("content").asText()).contains("@everyone <@123>");
            assertNoPings(edit);
            assertThat(edit.path("allowed_mentions"))
                    .isEqualTo(DiscordPayloads.JSON.readTree("{\"parse\":[],\"replied_user\":false}"));
        }
    }

    @Test
    void aFlood_isToldOnce_thenOnlyReactedTo_andSoAreEmptyMentions() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).questionsPerMinute(1).start()) {
            FakeDiscord fake = bed.fake;
            String first = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), first);
            java.util.List<String> flood = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                flood.add(fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " and the writing " + i + "?"));
            }
            java.util.List<String> empty = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                empty.add(fake.sendGuildMessage(fake.admin().id(), fake.bot().mention()));
            }

            assertThat(bed.awaitReplyTo(fake.channelId(), flood.get(0)).body().path("content").asText())
                    .contains("1 questions a minute");
            assertThat(bed.awaitReplyTo(fake.channelId(), empty.get(0)).body().path("content").asText()).startsWith("Ask me about");
            for (String quiet : java.util.stream.Stream.concat(flood.stream().skip(1), empty.stream().skip(1)).toList()) {
                fake.awaitRequest(r -> r.method().equals("PUT") && r.path().contains("/messages/" + quiet + "/reactions/"),
                        DiscordTestBed.WAIT);
            }
            for (String quiet : java.util.stream.Stream.concat(flood.stream().skip(1), empty.stream().skip(1)).toList()) {
                assertThat(bed.repliesTo(quiet)).as("no public post for " + quiet).isZero();
            }
        }
    }

    @Test
    void rateLimit_answersAFriendlyNote_andOtherUsersAreUnaffected() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).questionsPerMinute(1).start()) {
            FakeDiscord fake = bed.fake;
            String first = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            assertCites(bed.awaitReplyTo(fake.channelId(), first).body(), "Ballerina", "Acting");

            String second = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " and the writing?");
            JsonNode limited = bed.awaitReplyTo(fake.channelId(), second).body();
            assertThat(limited.path("content").asText()).contains("1 questions a minute");
            assertThat(limited.path("embeds")).isEmpty();

            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", "how is the score?"));
            JsonNode refusal = bed.awaitCallback(ask).body();
            assertThat(refusal.path("type").asInt()).as("an immediate reply, not a deferral").isEqualTo(4);
            assertThat(refusal.at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
            assertThat(refusal.at("/data/content").asText()).contains("questions a minute");

            String other = fake.sendGuildMessage(fake.admin().id(), fake.bot().mention() + " how is the writing in Ballerina?");
            assertCites(bed.awaitReplyTo(fake.channelId(), other).body(), "Ballerina", "Writing");
        }
    }

    /** The first citation is of {@code film}, section {@code section}. */
    static void assertCites(JsonNode message, String film, String section) {
        JsonNode field = message.at("/embeds/0/fields/0");
        assertThat(field.path("name").asText()).as("first citation in %s", message).isEqualTo("[1] " + film);
        assertThat(field.path("value").asText()).as("first citation in %s", message).startsWith(section);
    }

    /** Allowed mentions are present and empty: no @everyone/@here, roles, users, or the replied-to author. */
    static void assertNoPings(JsonNode payload) {
        JsonNode mentions = payload.path("allowed_mentions");
        assertThat(mentions.path("parse").isArray()).as("allowed_mentions.parse in %s", payload).isTrue();
        assertThat(mentions.path("parse")).isEmpty();
        assertThat(mentions.path("users")).isEmpty();
        assertThat(mentions.path("roles")).isEmpty();
        assertThat(mentions.path("replied_user").asBoolean(true)).isFalse();
    }
}
