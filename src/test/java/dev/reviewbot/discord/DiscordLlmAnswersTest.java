package dev.reviewbot.discord;

import static dev.reviewbot.discord.DiscordQuestionsTest.assertCites;
import static dev.reviewbot.discord.DiscordQuestionsTest.assertNoPings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.llm.FakeModelBot;
import dev.reviewbot.llm.FakeModelServer;
import dev.reviewbot.llm.LlmBots;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bot whose answers a language model writes (the fake OpenAI-compatible server of the llm tests, with a
 * 1 s budget), through the real JDA against the fake Discord: /ask is deferred at once and edited with
 * the model's prose and its citations; a mention shows the bot typing until the reply; a model too slow
 * for the budget leaves the quotes, with the note under the citations.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordLlmAnswersTest {

    private static final String QUESTION = "how is the acting in Ballerina?";

    @RegisterExtension
    static final FakeModelBot LLM = FakeModelBot.openAiWithin("1s").warm().answering(DiscordLlmAnswersTest::aboutTheActing);

    /** What a well-behaved model answers: a sentence citing the section it was given as Ballerina's Acting. */
    private static String aboutTheActing(FakeModelServer.Request request) {
        return "Ana de Armas anchors the film [" + request.idOf("Ballerina", "Acting") + "].";
    }

    @Test
    void ask_isDeferredAtOnce_thenEditedWithTheModelsProse_andItsCitations() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(LLM.bot()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", QUESTION));

            RecordedRequest ack = bed.awaitCallback(ask);
            RecordedRequest edit = bed.awaitEdit(ask);

            assertThat(ack.body().path("type").asInt()).as("deferred: Discord shows the bot thinking").isEqualTo(5);
            assertThat(fake.requests().indexOf(ack)).isLessThan(fake.requests().indexOf(edit));
            JsonNode answer = edit.body();
            assertThat(answer.at("/embeds/0/description").asText()).isEqualTo("Ana de Armas anchors the film **[1]**.");
            assertCites(answer, "Ballerina", "Acting");
            assertThat(answer.at("/embeds/0/fields")).hasSize(1);
            assertThat(answer.at("/embeds/0/footer/text").asText()).isEqualTo(AnswerView.WRITTEN);
            assertThat(DiscordTestBed.buttonIds(answer)).anyMatch(id -> id.startsWith("rb:full:"))
                    .anyMatch(id -> id.startsWith("rb:vote:"));
            assertNoPings(answer);
            assertThat(LLM.model().requests()).as("one answer, no follow-up rewriting in a new channel").hasSize(1);
        }
    }

    @Test
    void mention_showsTheBotTyping_thenRepliesWithTheModelsProse() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(LLM.bot()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " " + QUESTION);

            RecordedRequest typing = fake.awaitRequest("POST", "/channels/" + fake.channelId() + "/typing",
                    DiscordTestBed.WAIT);
            RecordedRequest reply = bed.awaitReplyTo(fake.channelId(), asked);

            assertThat(fake.requests().indexOf(typing)).isLessThan(fake.requests().indexOf(reply));
            assertThat(reply.body().at("/embeds/0/description").asText())
                    .isEqualTo("Ana de Armas anchors the film **[1]**.");
            assertCites(reply.body(), "Ballerina", "Acting");
            assertNoPings(reply.body());
        }
    }

    @Test
    void modelTooSlowForTheBudget_askShowsTheQuotes_withTheNoteUnderTheCitations() throws Exception {
        LLM.model().answerSlowly(request -> "Far too late [1].", 4_000);
        try (DiscordTestBed bed = DiscordTestBed.over(LLM.bot()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", QUESTION));

            RecordedRequest ack = bed.awaitCallback(ask);
            // The model cannot have answered yet (it takes 4 s, the budget is 1 s): the deferral did not wait.
            assertThat(fake.requests()).noneMatch(r -> r.is("PATCH", ask.originalMessageRoute()));
            JsonNode answer = bed.awaitEdit(ask).body();

            assertThat(ack.body().path("type").asInt()).isEqualTo(5);
            assertThat(answer.at("/embeds/0/description").asText()).startsWith("> ").contains("**[1]**")
                    .doesNotContain("Far too late");
            assertCites(answer, "Ballerina", "Acting");
            assertThat(answer.at("/embeds/0/footer/text").asText()).isEqualTo(LlmBots.NOTE_SLOW);
            assertNoPings(answer);
            assertThat(LLM.model().requests()).as("the model was asked, and timed out").hasSize(1);
        }
    }
}
