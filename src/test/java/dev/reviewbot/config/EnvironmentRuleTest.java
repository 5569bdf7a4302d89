package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting's environment override by one rule, the older names as aliases, and secrets from files. */
class EnvironmentRuleTest {

    @TempDir
    Path home;

    private BotConfig load(Map<String, String> environment) {
        return new ConfigLoader(environment, home).load(null);
    }

    @Test
    void everySetting_hasAVariableByTheRule() {
        BotConfig config = load(Map.of("REVIEWBOT_RETRIEVAL_ASPECT_SIMILARITY", "0.5",
                "REVIEWBOT_LLM_CIRCUIT_BREAKER_OPEN_FOR", "30s", "REVIEWBOT_OPS_PORT", "8081",
                "REVIEWBOT_DISCORD_GUILD_IDS", "111,222", "REVIEWBOT_LOGGING_FORMAT", "json",
                "REVIEWBOT_LIBRARY_SEED_SAMPLES", "false"));

        assertThat(config.retrieval().aspectSimilarity()).isEqualTo(0.5);
        assertThat(config.llm().circuitBreaker().openFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.ops().port()).isEqualTo(8081);
        assertThat(config.discord().guildIds()).containsExactly("111", "222");
        assertThat(config.logging().format()).isEqualTo(LoggingConfig.Format.JSON);
        assertThat(config.library().seedSamples()).isFalse();
    }

    @Test
    void theReadme_listsEverySettingOfTheBundledDefaults() throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Path.of("config/reviewbot.yaml").toFile());
        String readme = java.nio.file.Files.readString(Path.of("README.md"));

        for (String path : EnvironmentOverrides.paths(tree)) {
            String section = path.substring(0, path.indexOf('.'));
            String setting = path.substring(path.indexOf('.') + 1);
            assertThat(readme).as("README's settings table names " + path)
                    .containsPattern("(?m)^\\| `" + java.util.regex.Pattern.quote(section) + "` \\|.*`"
                            + java.util.regex.Pattern.quote(setting) + "`");
        }
    }

    @Test
    void theRuleCoversEveryLeafOfTheBundledDefaults() throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Path.of("config/reviewbot.yaml").toFile());

        assertThat(EnvironmentOverrides.paths(tree)).contains("retrieval.aspect-similarity", "ops.port", "logging.format",
                "llm.circuit-breaker.failure-rate", "cache.answers");
        assertThat(EnvironmentOverrides.variableOf("llm.circuit-breaker.failure-rate"))
                .isEqualTo("REVIEWBOT_LLM_CIRCUIT_BREAKER_FAILURE_RATE");
    }

    @Test
    void olderNames_stillWork_andTheRuleWinsOverThem() {
        assertThat(load(Map.of("REVIEWBOT_DATA_DIR", "/a")).library().dataDir()).isEqualTo(Path.of("/a"));
        assertThat(load(Map.of("SLACK_PORT", "3001")).slack().port()).isEqualTo(3001);
        assertThat(load(Map.of("REVIEWBOT_LOG_FORMAT", "JSON")).logging().format()).isEqualTo(LoggingConfig.Format.JSON);
        assertThat(load(Map.of("REVIEWBOT_SEED_SAMPLES", "false")).library().seedSamples()).isFalse();
        assertThat(load(Map.of("REVIEWBOT_DATA_DIR", "/a", "REVIEWBOT_LIBRARY_DATA_DIR", "/b")).library().dataDir())
                .isEqualTo(Path.of("/b"));
    }

    @Test
    void defaults_keepTheConsoleAsItWas() {
        BotConfig config = load(Map.of());

        assertThat(config.ops().enabled()).isFalse();
        assertThat(config.logging().format()).isEqualTo(LoggingConfig.Format.TEXT);
        assertThat(config.library().seedSamples()).isTrue();
        assertThat(config.ops().shutdownGrace()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBadValue_namesTheVariable_inOneLine() {
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_OPS_PORT", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REVIEWBOT_OPS_PORT")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_OPS_PORT", "70000")))
                .hasMessageContaining("REVIEWBOT_OPS_PORT").hasMessageContaining("ops.port must be");
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_LOG_FORMAT", "yaml")))
                .hasMessageContaining("REVIEWBOT_LOG_FORMAT").hasMessageContaining("text or json");
        assertThatThrownBy(() -> load(Map.of("REVIEWBOT_QUESTIONS_PER_MINUTE", "-1")))
                .hasMessageContaining("REVIEWBOT_QUESTIONS_PER_MINUTE").hasMessageContaining("cannot be negative");
    }

    @Test
    void aSecret_mayComeFromAFile_andIsRedactedLikeTheVariable() throws IOException {
        Path file = home.resolve("discord_token");
        Files.writeString(file, "file-token-0123456789\n");

        Map<String, String> environment = SecretFiles.resolve(Map.of("DISCORD_TOKEN_FILE", file.toString(), "HOME", "/x"));
        Secrets.global().addFrom(environment);

        assertThat(environment).containsEntry("DISCORD_TOKEN", "file-token-0123456789").containsEntry("HOME", "/x");
        assertThat(Secrets.global().redact("sent file-token-0123456789")).isEqualTo("sent " + Secrets.REDACTED);
    }

    @Test
    void everySecretVariable_hasAFileTwin() throws IOException {
        for (String variable : Secrets.VARIABLES) {
            Path file = home.resolve(variable.toLowerCase());
            Files.writeString(file, "value-of-" + variable);
            assertThat(SecretFiles.resolve(Map.of(variable + "_FILE", file.toString()))).containsEntry(variable, "value-of-" + variable);
        }
    }

    @Test
    void aMissingOrEmptySecretFile_isOneLineNamingTheVariable() throws IOException {
        Path empty = Files.createFile(home.resolve("empty"));

        assertThatThrownBy(() -> SecretFiles.resolve(Map.of("SLACK_BOT_TOKEN_FILE", home.resolve("nope").toString())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("SLACK_BOT_TOKEN_FILE: no such file");
        assertThatThrownBy(() -> SecretFiles.resolve(Map.of("SLACK_BOT_TOKEN_FILE", empty.toString())))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> SecretFiles.resolve(Map.of("SLACK_BOT_TOKEN_FILE", empty.toString(), "SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessage("set SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE, not both");
    }
}
