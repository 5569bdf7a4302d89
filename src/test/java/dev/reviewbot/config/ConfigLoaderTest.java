package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path home;

    @Test
    void defaults_comeFromTheJarAndPathsResolveAgainstHome() {
        BotConfig config = new ConfigLoader(Map.of(), home).load(null);

        assertThat(config.library().dataDir()).isEqualTo(home.resolve("data/library"));
        assertThat(config.questions().maxLength()).isEqualTo(500);
        assertThat(config.limits().questionsPerMinute()).isEqualTo(10);
    }

    @Test
    void fileOverlaysDefaults_andEnvironmentOverlaysTheFile() throws IOException {
        Path file = home.resolve("custom.yaml");
        Files.writeString(file, "questions:\n  max-length: 200\nlibrary:\n  data-dir: /srv/reviews\n");

        BotConfig config = new ConfigLoader(Map.of("REVIEWBOT_DATA_DIR", "/data/lib"), home).load(file);

        assertThat(config.questions().maxLength()).isEqualTo(200);
        assertThat(config.library().dataDir()).isEqualTo(Path.of("/data/lib"));
        assertThat(config.library().maxFileBytes()).isEqualTo(1048576);
    }

    @Test
    void invalidSettings_areNamed() throws IOException {
        Path badValue = home.resolve("bad.yaml");
        Files.writeString(badValue, "questions:\n  max-length: 3\n");
        Path typo = home.resolve("typo.yaml");
        Files.writeString(typo, "questions:\n  max-lenght: 300\n");
        Path badCache = home.resolve("cache.yaml");
        Files.writeString(badCache, "cache:\n  answers: \"maximumSize=lots\"\n");

        ConfigLoader loader = new ConfigLoader(Map.of(), home);
        assertThatThrownBy(() -> loader.load(badValue)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("questions.max-length must be at least 10");
        assertThatThrownBy(() -> loader.load(typo)).hasMessageContaining("max-lenght");
        assertThatThrownBy(() -> loader.load(badCache)).hasMessageContaining("maximumSize");
        assertThatThrownBy(() -> loader.load(home.resolve("missing.yaml"))).hasMessageContaining("config file not found");
    }

    @Test
    void databaseUrl_fromTheEnvironment_itsPasswordBecomesASecret_andABadOneIsNotEchoed() {
        BotConfig none = new ConfigLoader(Map.of(), home).load(null);
        assertThat(none.library().database().configured()).isFalse();

        BotConfig config = new ConfigLoader(Map.of("REVIEWBOT_DATABASE_URL",
                "jdbc:postgresql://db:5432/reviewbot?user=bot&password=pw-from-the-url"), home).load(null);
        assertThat(config.library().database().configured()).isTrue();
        assertThat(config.library().database().poolSize()).isEqualTo(4);
        assertThat(Secrets.global().redact("login pw-from-the-url")).isEqualTo("login " + Secrets.REDACTED);

        ConfigLoader bad = new ConfigLoader(Map.of("REVIEWBOT_DATABASE_URL", "postgres://bot:hidden-one@db/x"), home);
        assertThatThrownBy(() -> bad.load(null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("REVIEWBOT_DATABASE_URL").hasMessageNotContaining("hidden-one");
    }
}
