package dev.reviewbot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Optional;

/** Builds the configured provider's LangChain4j chat model; ReviewBot's wiring calls this. */
public final class ChatModels {

    private ChatModels() {
    }

    /**
     * @param apiKey OPENAI_API_KEY from the environment; empty for local OpenAI-compatible servers
     * @throws IllegalArgumentException for {@link LlmConfig.Provider#NONE}, which has no model
     */
    public static ChatModel create(LlmConfig config, Optional<String> apiKey) {
        // No retries inside the model: the time budget and the circuit breaker decide what happens on failure,
        // and a retry would spend the user's wait on a server that just failed.
        return switch (config.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(config.baseUrl())
                    .modelName(config.model())
                    .apiKey(apiKey.filter(k -> !k.isBlank()).orElse(null))
                    .timeout(config.timeBudget())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(config.baseUrl())
                    .modelName(config.model())
                    .timeout(config.timeBudget())
                    .maxRetries(0)
                    .build();
            case NONE -> throw new IllegalArgumentException("llm.provider is none: there is no model to build");
        };
    }
}
