package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.llm.FakeModelServer.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same answers through a fake Ollama server (POST /api/chat), LangChain4j's Ollama model talking to it. */
class OllamaAnswersTest {

    @RegisterExtension
    static final FakeModelBot LLM = FakeModelBot.ollama(LlmBots.PATIENT_BREAKER);

    @Test
    void wellCitedAnswer_fromOllama_isShownWithItsCitations() throws IOException {
        LLM.model().answer(r -> "Maya Lindqvist calls Eliska Marek's cello score the real revelation ["
                + r.idOf("Glass Orchard", "Score") + "].");

        Answer answer = LLM.bot().answers().ask(null, "How is the score in Glass Orchard?", Optional.empty()).answer();

        Request request = LLM.model().requests().get(0);
        assertThat(request.path()).isEqualTo(FakeModelServer.OLLAMA_PATH);
        assertThat(request.model()).isEqualTo("fake-model");
        assertThat(request.authorization()).isNull();
        assertThat(request.system()).isEqualTo(Files.readString(Path.of("prompts/system.txt")).strip());
        assertThat(request.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.film()).isEqualTo("Glass Orchard"));
        assertThat(request.sections()).anySatisfy(s -> assertThat(s.reviewer()).isEqualTo("Maya Lindqvist"));
        assertThat(answer.text()).isEqualTo("Maya Lindqvist calls Eliska Marek's cello score the real revelation [1].");
        assertThat(answer.citations()).singleElement().extracting(Citation::label)
                .isEqualTo("Glass Orchard, Score (Maya Lindqvist)");
    }

    @Test
    void ollamaError_fallsBackToTheQuotes() {
        LLM.model().fail(500);

        Answer answer = LLM.bot().answers().ask(null, "How is the score in Glass Orchard?", Optional.empty()).answer();

        assertThat(((Answer.Grounded) answer).note()).isEqualTo(LlmAnswerer.NOTE_DOWN);
        assertThat(answer.text()).startsWith("\"");
        assertThat(LLM.model().requests()).hasSize(1);
    }
}
