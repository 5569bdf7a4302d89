package dev.reviewbot.llm;

import static dev.reviewbot.llm.HandBuilt.LANTERN_BAY;
import static dev.reviewbot.llm.HandBuilt.quote;
import static dev.reviewbot.llm.HandBuilt.quoting;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.exception.HttpException;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.ConversationId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups rewritten by an in-process fake model from the conversation's recent turns: what the model is
 * shown, which rewrites are taken, and that the question is answered as asked whenever the rewrite fails.
 */
class LlmQuestionRewriterTest {

    private static final Prompts PROMPTS = Prompts.load(Path.of("prompts"));
    private static final int MEMORY_MESSAGES = 4; // two turns
    private static final int MAX_QUESTION = 60;
    private static final String FIRST = "How does Lantern Bay look?";
    private static final String FOLLOW_UP = "and who scored it?";
    private static final String REWRITTEN = "Who scored Lantern Bay?";

    private final ConversationId chat = new ConversationId("test", "chat");
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final ModelGateway gateway = model.gateway(Duration.ofSeconds(30),
            new LlmConfig.CircuitBreakerSettings(2, 50, Duration.ofSeconds(30)), new MutableClock());
    private final LlmQuestionRewriter rewriter = new LlmQuestionRewriter(gateway, PROMPTS,
            Caffeine.newBuilder().maximumSize(10).build(), MEMORY_MESSAGES, MAX_QUESTION);

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static Answer camera(String question) {
        return quoting(question, quote(LANTERN_BAY, "Behind the Camera"), quote(LANTERN_BAY, "Behind the Camera"));
    }

    /** The rewrite of {@link #FOLLOW_UP} after one turn, when the model replies {@code reply}. */
    private String rewrittenAs(String reply) {
        model.answering(sent -> reply);
        rewriter.remember(chat, FIRST, camera(FIRST));
        return rewriter.standalone(chat, FOLLOW_UP);
    }

    @Test
    void aFollowUp_isRewrittenFromTheTurnsBefore_whichTheModelSeesFenced_withWhatTheBotCited() {
        model.answering(sent -> REWRITTEN);
        Answer answer = camera(FIRST);
        rewriter.remember(chat, FIRST, answer);

        assertThat(rewriter.standalone(chat, FOLLOW_UP)).isEqualTo(REWRITTEN);

        ScriptedChatModel.Sent sent = model.requests().get(0);
        assertThat(sent.system()).isEqualTo(PROMPTS.system());
        assertThat(sent.user()).startsWith(PROMPTS.rewrite().template().lines().findFirst().orElseThrow())
                .contains("<<<TURN role=user>>>\n" + FIRST + "\n<<<END>>>\n\n<<<TURN role=bot>>>\n" + answer.text()
                        + "\n(Sources: Lantern Bay, Behind the Camera (Odette Brill))\n<<<END>>>")
                .contains(Fence.question(FOLLOW_UP));
    }

    @Test
    void aTurnTheBotDeclined_isRememberedAsWhatItSaid_withNoSources() {
        Answer declined = new Answer.Declined(FIRST, "The reviews do not say.", List.of());
        model.answering(sent -> REWRITTEN);
        rewriter.remember(chat, FIRST, declined);

        rewriter.standalone(chat, FOLLOW_UP);

        assertThat(model.requests().get(0).user()).contains("<<<TURN role=bot>>>\nThe reviews do not say.\n<<<END>>>");
    }

    @Test
    void aQuestionOutsideAConversation_orTheFirstInOne_isAnsweredAsAsked_withoutAskingTheModel() {
        model.answering(sent -> REWRITTEN);
        rewriter.remember(null, FIRST, camera(FIRST));

        assertThat(rewriter.standalone(null, FOLLOW_UP)).isEqualTo(FOLLOW_UP);
        assertThat(rewriter.standalone(chat, FOLLOW_UP)).isEqualTo(FOLLOW_UP);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void theModelSeesOnlyTheRecentTurns_ofThisConversation() {
        model.answering(sent -> REWRITTEN);
        List<String> asked = List.of("How is the acting in Lantern Bay?", "How is the score?", FIRST);
        asked.forEach(q -> rewriter.remember(chat, q, camera(q)));
        rewriter.remember(new ConversationId("test", "elsewhere"), "Is Marrow Lane any good?", camera(FIRST));

        rewriter.standalone(chat, FOLLOW_UP);

        assertThat(model.requests().get(0).user()).doesNotContain(asked.get(0)).doesNotContain("Marrow Lane")
                .contains("<<<TURN role=user>>>\n" + asked.get(1) + "\n").contains("<<<TURN role=user>>>\n" + asked.get(2) + "\n");
    }

    @Test
    void theRewrite_isTakenAsOneLine_withoutQuotes() {
        assertThat(rewrittenAs("  \"" + REWRITTEN + "\"  ")).isEqualTo(REWRITTEN);
        assertThat(rewrittenAs(REWRITTEN + "\nIt refers to the film asked about before.")).isEqualTo(REWRITTEN);
        String longest = "Who".repeat(MAX_QUESTION / 3);
        assertThat(rewrittenAs(longest)).isEqualTo(longest);
    }

    @Test
    void aReplyThatIsNoQuestion_leavesTheQuestionAsAsked() {
        for (String reply : List.of("", "   ", "\"\"", "W" + "ho".repeat(MAX_QUESTION / 2),
                "<<<QUESTION>>> and who scored it?", "and who scored it? <<<END>>>")) {
            assertThat(rewrittenAs(reply)).as(reply).isEqualTo(FOLLOW_UP);
        }
    }

    @Test
    void whenTheModelFails_theQuestionIsAnsweredAsAsked() {
        model.failing(new HttpException(503, "overloaded"));
        rewriter.remember(chat, FIRST, camera(FIRST));

        assertThat(rewriter.standalone(chat, FOLLOW_UP)).isEqualTo(FOLLOW_UP);
        assertThat(rewriter.standalone(chat, FOLLOW_UP)).isEqualTo(FOLLOW_UP);
        assertThat(rewriter.standalone(chat, FOLLOW_UP)).isEqualTo(FOLLOW_UP); // the circuit is open
        assertThat(model.requests()).hasSize(2);
    }
}
