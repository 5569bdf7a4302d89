package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.embedding.EmbeddingSettings;
import dev.reviewbot.llm.LlmConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where settings and secrets come from (the bundled defaults, the home's files, the environment) and that
 * a secret read from the environment never reaches a log line.
 */
class ConfigSourcesTest {

    @TempDir
    Path home;

    private BotConfig load(Map<String, String> environment) {
        return new ConfigLoader(environment, home).load(null);
    }

    @Test
    void theLlmProvider_takesItsOwnToolsBaseUrl_andNotTheOtherProviders() {
        BotConfig openai = load(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "REVIEWBOT_LLM_MODEL", "gpt-4o-mini",
                "OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "OLLAMA_BASE_URL", "http://127.0.0.1:8/"));
        BotConfig ollama = load(Map.of("REVIEWBOT_LLM_PROVIDER", " Ollama ", "REVIEWBOT_LLM_MODEL", "llama3.1:8b",
                "OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "REVIEWBOT_LLM_TIME_BUDGET", "3s"));

        assertThat(openai.llm().provider()).isEqualTo(LlmConfig.Provider.OPENAI);
        assertThat(openai.llm().model()).isEqualTo("gpt-4o-mini");
        assertThat(openai.llm().baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(ollama.llm().provider()).isEqualTo(LlmConfig.Provider.OLLAMA);
        assertThat(ollama.llm().baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(ollama.llm().timeBudget()).hasSeconds(3);
    }

    @Test
    void anExplicitLlmBaseUrl_winsOverTheProvidersOwn_andBlankVariablesAreIgnored() {
        BotConfig config = load(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "REVIEWBOT_LLM_MODEL", "m",
                "OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "REVIEWBOT_LLM_BASE_URL", "http://127.0.0.1:7/v1",
                "REVIEWBOT_LLM_TIME_BUDGET", " ", "REVIEWBOT_QUESTIONS_PER_MINUTE", ""));
        BotConfig blankBase = load(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "REVIEWBOT_LLM_MODEL", "m",
                "OPENAI_BASE_URL", "  "));

        assertThat(config.llm().baseUrl()).isEqualTo("http://127.0.0.1:7/v1");
        assertThat(config.llm().timeBudget()).hasSeconds(15);
        assertThat(config.limits().questionsPerMinute()).isEqualTo(10);
        assertThat(blankBase.llm().baseUrl()).isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void theConfigFilesProvider_choosesWhichBaseUrlVariableApplies() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/reviewbot.yaml"), "llm:\n  provider: ollama\n  model: llama3.1:8b\n");

        BotConfig config = load(Map.of("OLLAMA_BASE_URL", "http://127.0.0.1:8"));

        assertThat(config.llm().provider()).isEqualTo(LlmConfig.Provider.OLLAMA);
        assertThat(config.llm().baseUrl()).isEqualTo("http://127.0.0.1:8");
    }

    @Test
    void anEmptyConfigFile_leavesTheDefaults_andOneWithoutSectionsIsRefused() throws Exception {
        Path empty = home.resolve("empty.yaml");
        Files.writeString(empty, "");
        Path comments = home.resolve("comments.yaml");
        Files.writeString(comments, "# everything as bundled\n");
        Path scalar = home.resolve("scalar.yaml");
        Files.writeString(scalar, "just some words\n");
        ConfigLoader loader = new ConfigLoader(Map.of(), home);

        assertThat(loader.load(empty).questions().maxLength()).isEqualTo(500);
        assertThat(loader.load(comments).questions().maxLength()).isEqualTo(500);
        assertThatThrownBy(() -> loader.load(scalar)).isInstanceOf(ConfigException.class)
                .hasMessage(scalar + ": expected sections such as 'library:'");
    }

    @Test
    void anInvalidFile_isNamed_withTheFirstLineOfTheProblemInWords() throws Exception {
        Path typo = home.resolve("typo.yaml");
        Files.writeString(typo, "questions:\n  max-lenght: 300\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(typo)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid configuration in " + typo + ": Unrecognized field \"max-lenght\"")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aSecret_comesFromTheEnvironment_onlyWhenNotBlank() {
        ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test-0000", "DISCORD_TOKEN", "  "), home);

        assertThat(loader.secret("OPENAI_API_KEY")).contains("sk-test-0000");
        assertThat(loader.secret("DISCORD_TOKEN")).isEmpty();
        assertThat(loader.secret("SLACK_BOT_TOKEN")).isEmpty();
        assertThat(loader.home()).isEqualTo(home);
    }

    @Test
    void aFileUnderConfig_isTheHomesCopy_elseTheBundledDefault() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), home);
        String bundled;
        try (InputStream in = loader.open("aspects.yaml")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/aspects.yaml"), "aspects: {}\n");

        try (InputStream in = loader.open("aspects.yaml")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("aspects: {}\n");
        }
        assertThat(bundled).contains("acting");
        assertThatThrownBy(() -> loader.open("nothing.yaml")).hasMessageContaining("nothing.yaml is missing from the jar");
    }

    @Test
    void theDefaultHome_isTheLaunchersFolder_elseTheWorkingDirectory() {
        String before = System.getProperty("reviewbot.home");
        try {
            System.setProperty("reviewbot.home", home.resolve("sub/..").toString());
            assertThat(ConfigLoader.defaultHome()).isEqualTo(home.toAbsolutePath().normalize());
            System.clearProperty("reviewbot.home");
            assertThat(ConfigLoader.defaultHome()).isEqualTo(Path.of("").toAbsolutePath().normalize());
        } finally {
            if (before != null) {
                System.setProperty("reviewbot.home", before);
            }
        }
    }

    @Test
    void aConfig_withAnotherPart_changesOnlyThatPart() {
        BotConfig config = load(Map.of());
        CacheSettings noCaches = new CacheSettings("maximumSize=0", "maximumSize=0", "maximumSize=0");
        EmbeddingSettings bge = new EmbeddingSettings("bge-small-en-v15-q", true);

        assertThat(config.withCache(noCaches).cache()).isEqualTo(noCaches);
        assertThat(config.withCache(noCaches).library()).isEqualTo(config.library());
        assertThat(config.withDataDir(home.resolve("lib")).library().dataDir()).isEqualTo(home.resolve("lib"));
        assertThat(config.withDataDir(home.resolve("lib")).library().seedDir()).isEqualTo(config.library().seedDir());
        assertThat(config.withEmbedding(bge).embedding()).isEqualTo(bge);
        assertThat(config.withEmbedding(bge).questions()).isEqualTo(config.questions());
    }

    @Test
    void idListsFromTheEnvironment_dropEmptyEntries() {
        BotConfig config = load(Map.of("DISCORD_GUILD_IDS", ", 123,456", "SLACK_ADMIN_USER_IDS", " ,U01,U02"));

        assertThat(config.discord().guildIds()).containsExactly("123", "456");
        assertThat(config.slack().adminUserIds()).containsExactly("U01", "U02");
    }

    // Secrets

    @Test
    void theEnvironmentsSecrets_areRedactedFromWhatTheBotWrites() {
        // Unique per run: the process's secrets outlive a test (PIT reruns it in one JVM).
        String token = "config-sources-secret-" + System.nanoTime();
        new ConfigLoader(Map.of("SLACK_BOT_TOKEN", token, "REVIEWBOT_DATA_DIR", "/not-a-secret-path"), home);

        assertThat(Secrets.global().redact("Slack said: invalid_auth for " + token))
                .isEqualTo("Slack said: invalid_auth for [redacted]");
        assertThat(Secrets.global().redact("/not-a-secret-path")).isEqualTo("/not-a-secret-path");
    }

    @Test
    void anOlderFilesRetiredWeights_areSkipped_theRestStillRead() throws IOException {
        Path file = home.resolve("old.yaml");
        Files.writeString(file, "retrieval:\n  lexical-weight: 0.35\n  aspect-boost: 0.25\n  candidates: 40\n");

        BotConfig config = new ConfigLoader(Map.of(), home).load(file);

        assertThat(config.retrieval().candidates()).isEqualTo(40);
    }

    @Test
    void everySecretVariable_isLearned() {
        Secrets secrets = new Secrets();
        Map<String, String> environment = Map.of("DISCORD_TOKEN", "discord-secret-1", "SLACK_BOT_TOKEN", "slack-bot-secret-1",
                "SLACK_APP_TOKEN", "slack-app-secret-1", "SLACK_SIGNING_SECRET", "slack-signing-1",
                "OPENAI_API_KEY", "openai-secret-1", "REVIEWBOT_DATABASE_PASSWORD", "database-secret-1",
                "HOME", "/home/somebody");
        secrets.addFrom(environment);

        for (String variable : Secrets.VARIABLES) {
            assertThat(secrets.redact("<" + environment.get(variable) + ">")).isEqualTo("<[redacted]>");
        }
        assertThat(secrets.redact("/home/somebody")).isEqualTo("/home/somebody");
    }

    @Test
    void aSecretOfEightCharacters_isRedacted_shorterOnesWouldHitOrdinaryWords() {
        Secrets secrets = new Secrets();
        secrets.add("1234567");
        assertThat(secrets.redact("code 1234567")).isEqualTo("code 1234567");
        secrets.add(" 12345678 ");
        secrets.add(null);
        secrets.add("   ");

        assertThat(secrets.redact("code 12345678, again 12345678")).isEqualTo("code [redacted], again [redacted]");
        assertThat(secrets.redact(null)).isNull();
        assertThat(new Secrets().redact("nothing known")).isEqualTo("nothing known");
    }

    @Test
    void aSecretInsideALongerOne_leavesNoPartOfTheLongerOne() {
        Secrets secrets = new Secrets();
        secrets.add("abcdefgh");
        secrets.add("abcdefgh-and-more");

        assertThat(secrets.redact("token abcdefgh-and-more here")).isEqualTo("token [redacted] here");
        assertThat(secrets.redact("other text")).isEqualTo("other text");
    }

    @Test
    void logLines_andTheirStackTraces_neverShowASecret() {
        String secret = "sk-config-sources-log-1";
        Secrets.global().add(secret);
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent("test", logger, Level.WARN, "upstream answered {}",
                new IllegalStateException("401 for key " + secret), new Object[] {"bad key " + secret});

        RedactingMessageConverter message = new RedactingMessageConverter();
        RedactingThrowableConverter trace = new RedactingThrowableConverter();
        trace.setContext(context);
        trace.start();

        assertThat(message.convert(event)).isEqualTo("upstream answered bad key [redacted]");
        assertThat(trace.convert(event)).contains("401 for key [redacted]").doesNotContain(secret);
    }
}
