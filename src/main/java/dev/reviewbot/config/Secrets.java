package dev.reviewbot.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that knows every configured secret (chat tokens, the signing secret, the LLM API key), so
 * that nothing the bot writes can carry one: the log pipeline ({@link RedactingMessageConverter},
 * {@link RedactingThrowableConverter}) and the command line's error messages pass their text through
 * {@link #redact}. Upstreams echo what they were sent (Slack's error field, an API's 401 body), so a
 * secret can reach a message without the bot ever formatting it.
 *
 * <p>One instance for the process ({@link #global()}): logback builds its converters itself and cannot be
 * handed one.
 */
public final class Secrets {

    /** The environment variables that hold secrets. */
    public static final List<String> VARIABLES = List.of("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN",
            "SLACK_SIGNING_SECRET", "OPENAI_API_KEY", "REVIEWBOT_DATABASE_PASSWORD");
    public static final String REDACTED = "[redacted]";
    /** Shorter values would redact ordinary words; no real token is this short. */
    private static final int SHORTEST = 8;
    private static final Secrets GLOBAL = new Secrets();

    private final Set<String> values = ConcurrentHashMap.newKeySet();

    public static Secrets global() {
        return GLOBAL;
    }

    /** Learns the secrets among these environment variables. */
    public void addFrom(Map<String, String> environment) {
        VARIABLES.forEach(variable -> add(environment.get(variable)));
    }

    /** Learns one secret (null and blank values are ignored). */
    public void add(String secret) {
        if (secret != null && secret.strip().length() >= SHORTEST) {
            values.add(secret.strip());
        }
    }

    /** {@code text} with every known secret replaced by {@value #REDACTED}. */
    public String redact(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        String redacted = text;
        // Longest first: a secret that contains another is replaced whole.
        for (String secret : values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, REDACTED);
            }
        }
        return redacted;
    }
}
