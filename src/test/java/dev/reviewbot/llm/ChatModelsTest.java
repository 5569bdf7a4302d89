package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configured provider's LangChain4j model, against the fake server (no bot): which key it sends. */
class ChatModelsTest {

    private static LlmConfig config(LlmConfig.Provider provider, String baseUrl) {
        return new LlmConfig(provider, baseUrl, "fake-model", Duration.ofSeconds(10), 5, "maximumSize=10", 6, null);
    }

    @Test
    void anOpenAiCompatibleModel_sendsTheKey_andNoneWhenTheKeyIsBlank() {
        try (FakeModelServer server = new FakeModelServer()) {
            LlmConfig openAi = config(LlmConfig.Provider.OPENAI, server.openAiBaseUrl());
            server.answer(r -> "hi");

            assertThat(ChatModels.create(openAi, Optional.of("sk-test-key")).chat("hello")).isEqualTo("hi");
            ChatModels.create(openAi, Optional.of("  ")).chat("hello");
            ChatModels.create(openAi, Optional.empty()).chat("hello");

            assertThat(server.requests()).extracting(FakeModelServer.Request::authorization)
                    .containsExactly("Bearer sk-test-key", null, null);
        }
    }

    @Test
    void ollama_isBuiltForItsServer_andNoneHasNoModel() {
        ChatModel ollama = ChatModels.create(config(LlmConfig.Provider.OLLAMA, ""), Optional.empty());

        assertThat(ollama).isInstanceOf(OllamaChatModel.class);
        assertThatThrownBy(() -> ChatModels.create(LlmConfig.NONE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
    }
}
