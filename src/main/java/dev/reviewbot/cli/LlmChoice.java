package dev.reviewbot.cli;

/** The values --llm takes: picocli refuses any other with a usage error that lists these. */
enum LlmChoice {
    none, openai, ollama;

    /** The provider name for the configuration, or null when the flag was not given. */
    static String name(LlmChoice choice) {
        return choice == null ? null : choice.name();
    }
}
