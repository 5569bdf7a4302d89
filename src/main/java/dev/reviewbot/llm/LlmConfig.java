package dev.reviewbot.llm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.github.benmanes.caffeine.cache.CaffeineSpec;
import java.time.Duration;
import java.util.Locale;

/**
 * The optional language model that writes answers from the retrieved sections. With {@link Provider#NONE}
 * (the default) nothing is called and every answer is extractive. The API key is not here: it comes only
 * from the environment (OPENAI_API_KEY).
 *
 * @param provider       none, openai (any OpenAI-compatible server) or ollama
 * @param baseUrl        the server; blank for the provider's default
 * @param model          the model name; required with a provider
 * @param timeBudget     how long a model call may take before the extractive answer is shown instead
 * @param maxSections    review sections given to the model at most
 * @param memory         Caffeine spec of the per-conversation chat memories (bounded, expiring)
 * @param memoryMessages messages each conversation's memory keeps for rewriting follow-ups
 * @param circuitBreaker when to stop calling a failing model for a while
 */
public record LlmConfig(Provider provider, String baseUrl, String model,
                        @JsonDeserialize(using = ConfigDuration.class) Duration timeBudget,
                        int maxSections, String memory, int memoryMessages, CircuitBreakerSettings circuitBreaker) {

    public static final LlmConfig NONE = new LlmConfig(Provider.NONE, "", "", Duration.ofSeconds(15), 5,
            "maximumSize=10000,expireAfterAccess=30m", 6, CircuitBreakerSettings.DEFAULTS);

    public LlmConfig {
        provider = provider == null ? Provider.NONE : provider;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl : baseUrl.strip();
        model = model == null ? "" : model.strip();
        if (provider != Provider.NONE && model.isEmpty()) {
            throw new IllegalArgumentException("llm.model is required when llm.provider is " + provider.id);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("llm.time-budget must be positive, e.g. 15s, was " + timeBudget);
        }
        if (maxSections < 1 || maxSections > 20) {
            throw new IllegalArgumentException("llm.max-sections must be 1 to 20, was " + maxSections);
        }
        CaffeineSpec.parse(memory); // fails at start-up, naming the bad spec, not at the first follow-up
        if (memoryMessages < 2) {
            throw new IllegalArgumentException("llm.memory-messages must be at least 2 (one turn), was " + memoryMessages);
        }
        circuitBreaker = circuitBreaker == null ? CircuitBreakerSettings.DEFAULTS : circuitBreaker;
    }

    /** Who serves the model; the names are what config and --llm accept. */
    public enum Provider {
        NONE("none", ""),
        OPENAI("openai", "https://api.openai.com/v1"),
        OLLAMA("ollama", "http://localhost:11434");

        private final String id;
        private final String defaultBaseUrl;

        Provider(String id, String defaultBaseUrl) {
            this.id = id;
            this.defaultBaseUrl = defaultBaseUrl;
        }

        public String id() {
            return id;
        }

        @JsonCreator
        public static Provider of(String name) {
            String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            for (Provider p : values()) {
                if (p.id.equals(wanted)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("llm.provider must be none, openai or ollama, was '" + name + "'");
        }
    }

    /**
     * A count-based circuit breaker: once {@code failureRate} percent of the last {@code window} calls
     * failed (errors and timeouts), the model is not called for {@code openFor}; then one trial call
     * decides whether it closes again.
     */
    public record CircuitBreakerSettings(int window, int failureRate,
                                         @JsonDeserialize(using = ConfigDuration.class) Duration openFor) {

        public static final CircuitBreakerSettings DEFAULTS = new CircuitBreakerSettings(4, 50, Duration.ofSeconds(60));

        public CircuitBreakerSettings {
            if (window < 1) {
                throw new IllegalArgumentException("llm.circuit-breaker.window must be at least 1, was " + window);
            }
            if (failureRate < 1 || failureRate > 100) {
                throw new IllegalArgumentException("llm.circuit-breaker.failure-rate must be 1 to 100, was " + failureRate);
            }
            if (openFor == null || openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("llm.circuit-breaker.open-for must be positive, e.g. 60s, was " + openFor);
            }
        }
    }
}
