package dev.reviewbot.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import org.slf4j.LoggerFactory;

/**
 * Loads {@link BotConfig}: the defaults bundled in the jar, overlaid by the config file (if any), overlaid
 * by environment variables ({@link EnvironmentOverrides}: REVIEWBOT_ + the setting's path, and older aliases).
 * Relative paths resolve against the ReviewBot home.
 */
public final class ConfigLoader {

    /**
     * Older names of some overrides, kept working next to the rule (REVIEWBOT_ + the setting's path, see
     * {@link EnvironmentOverrides}): environment variable to setting path.
     */
    private static final Map<String, String> ENV_ALIASES = Map.ofEntries(
            Map.entry("REVIEWBOT_DATA_DIR", "library.data-dir"),
            Map.entry("REVIEWBOT_SEED_DIR", "library.seed-dir"),
            Map.entry("REVIEWBOT_SEED_SAMPLES", "library.seed-samples"),
            Map.entry("REVIEWBOT_DATABASE_URL", "library.database.url"),
            Map.entry("REVIEWBOT_QUESTIONS_PER_MINUTE", "limits.questions-per-minute"),
            Map.entry("REVIEWBOT_LOG_FORMAT", "logging.format"),
            // Discord
            Map.entry("DISCORD_API_URL", "discord.api-url"),
            Map.entry("DISCORD_GATEWAY_URL", "discord.gateway-url"),
            Map.entry("DISCORD_GUILD_IDS", "discord.guild-ids"),
            Map.entry("DISCORD_SHARDS_TOTAL", "discord.shards.total"),
            Map.entry("DISCORD_SHARDS_IDS", "discord.shards.ids"),
            // Slack
            Map.entry("SLACK_PORT", "slack.port"),
            Map.entry("SLACK_API_URL", "slack.api-url"),
            Map.entry("SLACK_ADMIN_USER_IDS", "slack.admin-user-ids"));

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
                if (user != null && !user.isNull() && !user.isMissingNode()) { // an empty file or only comments: defaults
                    if (!user.isObject()) {
                        throw new ConfigException(source + ": expected sections such as 'library:'", null);
                    }
                    dropRetired((ObjectNode) user, source);
                    merge(tree, (ObjectNode) user);
                }
            }
            EnvironmentOverrides overrides = new EnvironmentOverrides(environment);
            ENV_ALIASES.forEach((variable, setting) -> overrides.alias(tree, variable, setting));
            overrideLlmBaseUrl(tree, overrides);
            overrides.applyRule(tree); // the rule's names win over the aliases
            BotConfig config = toConfig(tree, overrides);
            // A password written in the database URL is a secret like the tokens: never logged.
            config.library().database().passwordInUrl().ifPresent(Secrets.global()::add);
            return withResolvedPaths(config);
        } catch (IOException | IllegalArgumentException e) {
            String problem = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException("invalid configuration in " + source + ": " + problem, e);
        }
    }

    /**
     * Settings an older config file may still hold whose job moved elsewhere: skipped with a warning, so an
     * upgrade does not stop a bot whose operator copied the old file.
     */
    private static final Map<String, String> RETIRED = Map.of(
            "retrieval.lexical-weight", "the scoring model now weighs BM25 (answers.scoring-file)",
            "retrieval.aspect-boost", "the scoring model now weighs the aspect label (answers.scoring-file)");

    private static void dropRetired(ObjectNode user, Path source) {
        RETIRED.forEach((path, why) -> {
            int dot = path.indexOf('.');
            JsonNode section = user.get(path.substring(0, dot));
            if (section instanceof ObjectNode settings && settings.remove(path.substring(dot + 1)) != null) {
                LoggerFactory.getLogger(ConfigLoader.class).warn("{}: {} is no longer read: {}", source, path, why);
            }
        });
    }

    /** The chosen provider's own base-URL variable; REVIEWBOT_LLM_BASE_URL (the rule) wins over it. */
    private void overrideLlmBaseUrl(ObjectNode tree, EnvironmentOverrides overrides) {
        String provider = environment.getOrDefault("REVIEWBOT_LLM_PROVIDER", tree.path("llm").path("provider").asText(""));
        overrides.alias(tree, LLM_PROVIDER_BASE_URLS.getOrDefault(provider.strip().toLowerCase(java.util.Locale.ROOT), ""),
                "llm.base-url");
    }

    /** The records from the tree; a bad value that came from the environment is reported by its variable. */
    private BotConfig toConfig(ObjectNode tree, EnvironmentOverrides overrides) throws IOException {
        try {
            return yaml.treeToValue(tree, BotConfig.class);
        } catch (JsonMappingException | IllegalArgumentException e) {
            String problem = firstLine(e);
            String path = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(JsonMappingException.Reference::getFieldName).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(".")) : null;
            String variable = overrides.variableBehind(problem, path).orElse(null);
            if (variable == null) {
                throw e;
            }
            throw new ConfigException("invalid " + variable + (path == null || path.isEmpty() ? "" : " (" + path + ")")
                    + ": " + problem, e);
        }
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() instanceof IllegalArgumentException inner ? inner : e;
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse("");
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
                c.discord(), c.slack(), c.llm(), c.embedding(), c.ops(), c.logging(),
                c.opinions());
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
}
