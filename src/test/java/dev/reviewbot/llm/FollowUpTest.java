package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.llm.FakeModelServer.Request;
import dev.reviewbot.llm.FakeModelServer.Turn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Follow-ups with an LLM: rewritten into standalone questions from the conversation's recent turns. */
class FollowUpTest {

    @RegisterExtension
    static final FakeModelBot LLM = FakeModelBot.openAi(LlmBots.PATIENT_BREAKER);

    private static Answer ask(ConversationId chat, String question) {
        return LLM.bot().answers().ask(chat, question, Optional.empty()).answer();
    }

    @Test
    void followUp_isRewrittenWithTheConversationsHistory_thenAnsweredAsUsual() {
        ConversationId chat = new ConversationId("test", "rewrite");
        LLM.model().answer(r -> r.isRewrite() ? "Who shot Ballerina, and how does it look?"
                : "Per the review: " + r.sections().get(0).body().split("\\. ")[0] + " [1].");

        ask(chat, "How is the acting in Ballerina?");
        assertThat(LLM.model().requests()).hasSize(1); // a first question has nothing to rewrite
        Answer followUp = ask(chat, "and who shot it?");

        List<Request> requests = LLM.model().requests();
        assertThat(requests).hasSize(3);
        Request rewrite = requests.get(1);
        assertThat(rewrite.isRewrite()).isTrue();
        assertThat(rewrite.question()).isEqualTo("and who shot it?");
        assertThat(rewrite.turns()).hasSize(2);
        assertThat(rewrite.turns().get(0)).isEqualTo(new Turn("user", "How is the acting in Ballerina?"));
        assertThat(rewrite.turns().get(1).role()).isEqualTo("bot");
        assertThat(rewrite.turns().get(1).text()).startsWith("Per the review: ").contains("(Sources: Ballerina, Acting)");
        assertThat(rewrite.user()).contains("Rewrite the latest question");

        Request answer = requests.get(2);
        assertThat(answer.question()).isEqualTo("Who shot Ballerina, and how does it look?");
        assertThat(answer.sections()).extracting(FakeModelServer.Section::label).contains("Ballerina, Cinematography");
        assertThat(followUp.question()).isEqualTo("Who shot Ballerina, and how does it look?");
        assertThat(followUp.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.review()).isEqualTo("Ballerina"));
    }

    @Test
    void memory_keepsOnlyTheRecentTurns_andEachConversationItsOwn() {
        ConversationId chat = new ConversationId("test", "window");
        ConversationId other = new ConversationId("test", "other");
        LLM.model().answer(r -> r.isRewrite() ? r.question() : "Noted [1].");
        List<String> questions = List.of("How is the acting in Ballerina?", "How is the writing in Ballerina?",
                "How is the direction in Ballerina?", "How is the cinematography in Ballerina?");
        questions.forEach(q -> ask(chat, q));
        ask(other, "How is the score in Glass Orchard?");
        LLM.model().forgetRequests();

        ask(chat, "and the special effects?");

        Request rewrite = LLM.model().requests().get(0);
        // memory-messages is 6: the last three turns, the first question has gone.
        assertThat(rewrite.turns()).hasSize(6);
        assertThat(rewrite.turns()).filteredOn(t -> t.role().equals("user")).extracting(Turn::text)
                .containsExactlyElementsOf(questions.subList(1, 4));
        assertThat(rewrite.user()).doesNotContain("Glass Orchard");
    }

    @Test
    void whenTheRewriteFails_theQuestionIsAnsweredAsAsked_withTheExtractiveFollowUpRules() {
        ConversationId chat = new ConversationId("test", "broken-rewrite");
        LLM.model().answer(r -> "Noted [1].");
        ask(chat, "How is the acting in Ballerina?");
        LLM.model().fail(500);

        Answer followUp = ask(chat, "and the writing?");

        // The rewrite and the answer both failed; the conversation still knew the film.
        assertThat(followUp.citations()).isNotEmpty();
        assertThat(followUp.citations().get(0).label()).isEqualTo("Ballerina, Writing");
        assertThat(((Answer.Grounded) followUp).note()).isEqualTo(LlmAnswerer.NOTE_DOWN);
    }
}
