package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm section of the configuration: defaults, file, environment. */
class LlmConfigTest {

    @TempDir
    Path home;

    private LlmConfig load(Map<String, String> environment) {
        return new ConfigLoader(environment, home).load(null).llm();
    }

    @Test
    void default_isNoLlm() {
        LlmConfig llm = load(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:1/v1"));

        assertThat(llm.provider()).isEqualTo(LlmConfig.Provider.NONE);
        assertThat(llm.timeBudget()).isEqualTo(Duration.ofSeconds(15));
        assertThat(llm).isEqualTo(LlmConfig.NONE); // the constant and config/reviewbot.yaml agree
    }

    @Test
    void environment_choosesTheProvider_andOnlyThatProvidersBaseUrlApplies() {
        Map<String, String> env = Map.of("REVIEWBOT_LLM_PROVIDER", "Ollama", "REVIEWBOT_LLM_MODEL", "llama3.1:8b",
                "OLLAMA_BASE_URL", "http://gpu-box:11434", "OPENAI_BASE_URL", "http://elsewhere/v1",
                "REVIEWBOT_LLM_TIME_BUDGET", "800ms");

        LlmConfig llm = load(env);

        assertThat(llm.provider()).isEqualTo(LlmConfig.Provider.OLLAMA);
        assertThat(llm.model()).isEqualTo("llama3.1:8b");
        assertThat(llm.baseUrl()).isEqualTo("http://gpu-box:11434");
        assertThat(llm.timeBudget()).isEqualTo(Duration.ofMillis(800));
        assertThat(load(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "REVIEWBOT_LLM_MODEL", "gpt-4o-mini")).baseUrl())
                .isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void theFile_setsEverySetting() throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/reviewbot.yaml"), """
                llm:
                  provider: openai
                  base-url: http://localhost:8000/v1
                  model: qwen2.5
                  time-budget: 2m
                  max-sections: 3
                  circuit-breaker:
                    window: 10
                    failure-rate: 30
                    open-for: 45s
                """);

        LlmConfig llm = load(Map.of());

        assertThat(llm).isEqualTo(new LlmConfig(LlmConfig.Provider.OPENAI, "http://localhost:8000/v1", "qwen2.5",
                Duration.ofMinutes(2), 3, "maximumSize=10000,expireAfterAccess=30m", 6,
                new LlmConfig.CircuitBreakerSettings(10, 30, Duration.ofSeconds(45))));
    }

    @Test
    void mistakes_areNamed() {
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_LLM_PROVIDER", "openai")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.model is required");
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_LLM_PROVIDER", "gpt")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.provider must be none, openai or ollama");
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_LLM_TIME_BUDGET", "soon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("15s");
    }

    @Test
    void eachProvider_isChosenByTheNameItGoesBy() {
        assertThat(LlmConfig.Provider.values()).allSatisfy(p -> assertThat(LlmConfig.Provider.of(p.id())).isSameAs(p))
                .extracting(LlmConfig.Provider::id).containsExactly("none", "openai", "ollama");
    }
}
