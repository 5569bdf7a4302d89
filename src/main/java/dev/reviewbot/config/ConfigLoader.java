package dev.reviewbot.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads {@link BotConfig}: the defaults bundled in the jar, overlaid by the config file (if any), overlaid
 * by environment variables. Relative paths resolve against the ReviewBot home.
 */
public final class ConfigLoader {

    /** Environment variable to setting path. */
    private static final Map<String, String> ENV_OVERRIDES = Map.of(
            "REVIEWBOT_DATA_DIR", "library.data-dir",
            "REVIEWBOT_SEED_DIR", "library.seed-dir",
            "REVIEWBOT_QUESTIONS_PER_MINUTE", "limits.questions-per-minute",
            "REVIEWBOT_EMBEDDING_MODEL", "embedding.model",
            // Discord
            "DISCORD_API_URL", "discord.api-url",
            "DISCORD_GATEWAY_URL", "discord.gateway-url",
            "DISCORD_GUILD_IDS", "discord.guild-ids",
            // Slack
            "SLACK_PORT", "slack.port",
            "SLACK_API_URL", "slack.api-url",
            "SLACK_ADMIN_USER_IDS", "slack.admin-user-ids");

    /** The LLM's settings from the environment; its API key is read where the model is built, never stored. */
    private static final Map<String, String> LLM_ENV_OVERRIDES = Map.of(
            "REVIEWBOT_LLM_PROVIDER", "llm.provider",
            "REVIEWBOT_LLM_MODEL", "llm.model",
            "REVIEWBOT_LLM_BASE_URL", "llm.base-url",
            "REVIEWBOT_LLM_TIME_BUDGET", "llm.time-budget");
    /** The usual base-URL variable of each provider's own tools, applied only when that provider is chosen. */
    private static final Map<String, String> LLM_PROVIDER_BASE_URLS = Map.of(
            "openai", "OPENAI_BASE_URL",
            "ollama", "OLLAMA_BASE_URL");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, String> environment;
    private final Path home;

    public ConfigLoader(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
        Secrets.global().addFrom(environment); // whatever reads the environment, its secrets are never written
    }

    /** The ReviewBot home: the launcher passes its folder as -Dreviewbot.home; else the working directory. */
    public static Path defaultHome() {
        return Path.of(System.getProperty("reviewbot.home", ".")).toAbsolutePath().normalize();
    }

    /** @param file the config file, or null for home/config/reviewbot.yaml when it exists */
    public BotConfig load(Path file) {
        Path source = file != null ? file : home.resolve("config/reviewbot.yaml");
        try {
            ObjectNode tree = (ObjectNode) yaml.readTree(defaults("reviewbot.yaml"));
            if (file != null && !Files.isRegularFile(file)) {
                throw new ConfigException("config file not found: " + file, null);
            }
            if (Files.isRegularFile(source)) {
                JsonNode user = yaml.readTree(source.toFile());
                if (user != null && !user.isNull()) {
                    if (!user.isObject()) {
                        throw new ConfigException(source + ": expected sections such as 'library:'", null);
                    }
                    merge(tree, (ObjectNode) user);
                }
            }
            ENV_OVERRIDES.forEach((variable, setting) -> {
                String value = environment.get(variable);
                if (value != null && !value.isBlank()) {
                    set(tree, setting, value);
                }
            });
            overrideLlm(tree);
            BotConfig config = yaml.treeToValue(tree, BotConfig.class);
            return withResolvedPaths(config);
        } catch (IOException | IllegalArgumentException e) {
            String problem = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException("invalid configuration in " + source + ": " + problem, e);
        }
    }

    private void overrideLlm(ObjectNode tree) {
        String provider = environment.getOrDefault("REVIEWBOT_LLM_PROVIDER", tree.path("llm").path("provider").asText(""));
        String baseUrl = environment.get(LLM_PROVIDER_BASE_URLS.getOrDefault(provider.strip().toLowerCase(java.util.Locale.ROOT), ""));
        if (baseUrl != null && !baseUrl.isBlank()) {
            set(tree, "llm.base-url", baseUrl);
        }
        LLM_ENV_OVERRIDES.forEach((variable, setting) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                set(tree, setting, value);
            }
        });
    }

    /** A secret (an API key) from the environment: never from a file, never stored in the config. */
    public java.util.Optional<String> secret(String variable) {
        return java.util.Optional.ofNullable(environment.get(variable)).filter(v -> !v.isBlank());
    }

    /** The ReviewBot home: config/, prompts/ and the default data folders are under it. */
    public Path home() {
        return home;
    }

    /** The bundled default of a file under config/, or the home's copy when present. */
    public InputStream open(String name) throws IOException {
        Path local = home.resolve("config").resolve(name);
        return Files.isRegularFile(local) ? Files.newInputStream(local) : defaults(name);
    }

    private static InputStream defaults(String name) throws IOException {
        InputStream in = ConfigLoader.class.getResourceAsStream("/reviewbot-defaults/" + name);
        if (in == null) {
            throw new IOException("bundled default " + name + " is missing from the jar");
        }
        return in;
    }

    private BotConfig withResolvedPaths(BotConfig c) {
        BotConfig.LibraryConfig lib = c.library();
        return new BotConfig(lib.withPaths(home.resolve(lib.dataDir()).normalize(), home.resolve(lib.seedDir()).normalize()),
                c.questions(), c.retrieval(), c.answers(), c.cache(), c.limits(),
                c.discord(), c.slack(), c.llm(), c.embedding(), c.opinions());
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode overlayObject) {
                merge(existingObject, overlayObject);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void set(ObjectNode tree, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.withObjectProperty(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
