package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.directMessage;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.llm.FakeModelBot;
import dev.reviewbot.llm.FakeModelServer;
import dev.reviewbot.llm.LlmBots;
import dev.reviewbot.slack.SlackRig.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bot whose answers a language model writes (the fake OpenAI-compatible server of the llm tests, with a
 * 1 s budget), through the real Bolt against the fake Slack: a question in a thread or DM gets a placeholder
 * at once, which chat.update turns into the model's prose and citations; /review acks with the placeholder
 * and answers privately; a model too slow for the budget leaves the quotes with the note under the citations.
 */
class SlackLlmAnswersTest {

    private static final String QUESTION = "how is the acting in Ballerina?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final FakeModelBot LLM = FakeModelBot.openAiWithin("1s").warm().answering(SlackLlmAnswersTest::aboutTheActing);

    /** What a well-behaved model answers: a sentence citing the section it was given as Ballerina's Acting. */
    private static String aboutTheActing(FakeModelServer.Request request) {
        return "Ana de Armas anchors the film [" + request.idOf("Ballerina", "Acting") + "].";
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void mention_getsAPlaceholderAtOnce_thenChatUpdateMakesItTheModelsAnswer(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode, LLM.bot(), config -> config)) {
            String channel = SlackRig.id("C");
            String ts = newTs();

            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> " + QUESTION, ts), newEventId()));

            RecordedCall placeholder = rig.awaitPost(channel);
            assertThat(placeholder.param("thread_ts")).isEqualTo(ts);
            assertThat(placeholder.param("text")).isEqualTo(BlockKitRenderer.PLACEHOLDER);
            RecordedCall update = rig.awaitUpdate(channel);
            rig.awaitIdle();

            // The fake updates only messages the bot posted: the placeholder itself became the answer.
            List<FakeSlack.Message> thread = rig.fake.messagesIn(channel);
            assertThat(thread).hasSize(1);
            assertThat(thread.get(0).threadTs()).isEqualTo(ts);
            assertThat(thread.get(0).text()).isEqualTo("Ana de Armas anchors the film [1].");
            assertThat(Posted.allText(thread.get(0))).contains("Ana de Armas anchors the film *[1]*.")
                    .contains("*[1]* Ballerina, Acting").doesNotContain("“").doesNotContain("language model");
            assertThat(Posted.buttonValue(update, ActionIds.FULL_SECTION_PREFIX)).isEqualTo("Ballerina\nActing");
            assertThat(Posted.buttonValue(update, ActionIds.HELPFUL)).isNotBlank();
            assertThat(rig.postsTo(channel)).hasSize(1);
            assertThat(LLM.model().requests()).hasSize(1);
        }
    }

    @Test
    void modelTooSlowForTheBudget_thePlaceholderBecomesTheQuotes_withTheNoteUnderTheCitations() throws Exception {
        LLM.model().answerSlowly(request -> "Far too late [1].", 4_000);
        try (SlackRig rig = SlackRig.start(Mode.SOCKET_MODE, LLM.bot(), config -> config)) {
            String channel = SlackRig.id("C");

            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> " + QUESTION, newTs()), newEventId()));

            assertThat(rig.awaitPost(channel).param("text")).isEqualTo(BlockKitRenderer.PLACEHOLDER);
            List<String> texts = Posted.texts(rig.awaitUpdate(channel));
            assertThat(String.join("\n", texts)).contains("“").contains("*[1]*").doesNotContain("Far too late");
            int citations = indexOf(texts, "*[1]* Ballerina, Acting");
            int note = indexOf(texts, "_" + LlmBots.NOTE_SLOW + "_");
            assertThat(note).as("the note comes under the citations").isGreaterThan(citations);
            assertThat(LLM.model().requests()).as("the model was asked, and timed out").hasSize(1);
        }
    }

    @Test
    void directMessage_getsAPlaceholder_thenTheAnswer() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP, LLM.bot(), config -> config)) {
            String dm = SlackRig.id("D");

            rig.event(eventCallback(directMessage(SlackRig.id("U"), dm, QUESTION, newTs()), newEventId()));

            RecordedCall placeholder = rig.awaitPost(dm);
            assertThat(placeholder.param("thread_ts")).isNull();
            assertThat(placeholder.param("text")).isEqualTo(BlockKitRenderer.PLACEHOLDER);
            rig.awaitUpdate(dm);
            rig.awaitIdle();
            assertThat(rig.fake.messagesIn(dm)).singleElement()
                    .satisfies(m -> assertThat(Posted.allText(m)).contains("anchors the film *[1]*."));
        }
    }

    @Test
    void placeholderThatCannotBeUpdated_theAnswerIsPostedInTheThreadInstead() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP, LLM.bot(), config -> config)) {
            rig.fake.onMethod("chat.update", call -> "{\"ok\":false,\"error\":\"message_not_found\"}");
            String channel = SlackRig.id("C");
            String ts = newTs();

            rig.event(eventCallback(appMention(SlackRig.id("U"), channel, "<@U0BOT> " + QUESTION, ts), newEventId()));

            RecordedCall answer = rig.awaitPost(channel, 2);
            assertThat(rig.fake.callsTo("chat.update")).hasSize(1);
            assertThat(answer.param("thread_ts")).isEqualTo(ts);
            assertThat(Posted.allText(answer)).contains("anchors the film *[1]*.").contains("*[1]* Ballerina, Acting");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void slashCommand_acksWithThePlaceholder_thenAnswersPrivately(Mode mode) throws Exception {
        try (SlackRig rig = SlackRig.start(mode, LLM.bot(), config -> config)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");

            SlackRig.Ack ack = rig.slashCommand(slashCommand("/review", QUESTION, user, channel,
                    rig.fake.responseUrl("llm")));
            SlackRig.Ack list = rig.slashCommand(slashCommand("/review", "list", user, channel,
                    rig.fake.responseUrl("list")));

            JsonNode working = JSON.readTree(ack.body());
            assertThat(working.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(working.path("text").asText()).isEqualTo(BlockKitRenderer.PLACEHOLDER);
            assertThat(list.body()).as("a list needs no model: no placeholder").doesNotContain(BlockKitRenderer.PLACEHOLDER);
            RecordedCall answer = rig.awaitResponse("llm");
            assertThat(answer.json().path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(Posted.allText(answer)).contains("You asked: " + QUESTION)
                    .contains("Ana de Armas anchors the film *[1]*.").contains("*[1]* Ballerina, Acting");
            assertThat(Posted.buttonValue(answer, ActionIds.SHARE)).isNotBlank();
            rig.awaitIdle();
            assertThat(rig.postsTo(channel)).isEmpty();
        }
    }

    /** Where the first text starting with {@code start} is among the message's texts. */
    private static int indexOf(List<String> texts, String start) {
        assertThat(texts).anyMatch(t -> t.startsWith(start));
        return texts.indexOf(texts.stream().filter(t -> t.startsWith(start)).findFirst().orElseThrow());
    }
}
