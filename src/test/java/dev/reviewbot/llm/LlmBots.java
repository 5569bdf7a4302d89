package dev.reviewbot.llm;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real bots over the bundled reviews whose LLM is a {@link FakeModelServer}: the real config loading (the
 * llm section and its environment overrides), the real wiring, prompts from this project's prompts/.
 * Public for the chat platforms' tests, which run such a bot behind their fake Discord and Slack.
 */
public final class LlmBots {

    /**
     * Ample for a fake on loopback, even on a busy machine; tests of the budget itself set a short one
     * (REVIEWBOT_LLM_TIME_BUDGET) and warm the client up first.
     */
    static final String TEST_BUDGET = "5s";

    /** The notes a fallback answer carries, for tests outside this package. */
    public static final String NOTE_SLOW = LlmAnswerer.NOTE_SLOW;
    public static final String NOTE_DOWN = LlmAnswerer.NOTE_DOWN;

    private LlmBots() {
    }

    /**
     * @param environment e.g. REVIEWBOT_LLM_PROVIDER, OPENAI_BASE_URL; the model and budget are filled in
     * @param yaml        extra config, e.g. a circuit breaker that never opens; may be empty
     */
    public static ReviewBot bot(Map<String, String> environment, String yaml) {
        Map<String, String> env = new HashMap<>(Map.of("REVIEWBOT_LLM_MODEL", "fake-model",
                "REVIEWBOT_LLM_TIME_BUDGET", TEST_BUDGET));
        env.putAll(environment);
        ConfigLoader loader = new ConfigLoader(env, Path.of("").toAbsolutePath());
        try {
            Path file = Files.createTempFile("reviewbot-llm", ".yaml");
            Files.writeString(file, yaml);
            ReviewBot bot = ReviewBot.inMemory(loader.load(file), loader, TestBots.model());
            Files.delete(file);
            var loaded = bot.files().load(List.of(TestBots.BUNDLED_REVIEWS), null);
            bot.library().ingest(loaded.reviews());
            return bot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReviewBot openAi(FakeModelServer server, String yaml) {
        return bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "OPENAI_BASE_URL", server.openAiBaseUrl()), yaml);
    }

    /**
     * One answer through the fake and then a clean slate: the JVM's first model call loads the HTTP client
     * and LangChain4j's classes (a second or more on a busy machine), which is not what a timing test measures.
     */
    public static void warmUp(ReviewBot bot, FakeModelServer server) {
        server.answer(r -> "Warm [1].");
        bot.answers().ask(null, "How is the acting in Ballerina?", java.util.Optional.empty());
        // A warm-up slower than the budget is logged only once served: forgetting it sooner leaves it to a test.
        server.awaitRequests(1, java.time.Duration.ofSeconds(10));
        bot.answers().answerCache().invalidateAll();
        server.forgetRequests();
    }

    /**
     * A bot using the fake as an OpenAI-compatible server, whose answers must come within {@code budget}
     * (e.g. "1s"), and a circuit breaker that never opens: each test's model stands on its own.
     */
    public static ReviewBot openAiWithin(FakeModelServer server, String budget) {
        return bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "OPENAI_BASE_URL", server.openAiBaseUrl(),
                "REVIEWBOT_LLM_TIME_BUDGET", budget), PATIENT_BREAKER);
    }

    static ReviewBot ollama(FakeModelServer server, String yaml) {
        return bot(Map.of("REVIEWBOT_LLM_PROVIDER", "ollama", "OLLAMA_BASE_URL", server.ollamaBaseUrl()), yaml);
    }

    /** A circuit breaker that never opens, for tests about single answers. */
    public static final String PATIENT_BREAKER = "llm:\n  circuit-breaker:\n    window: 1000\n";
}
