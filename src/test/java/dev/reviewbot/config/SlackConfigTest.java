package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.TestBots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackConfigTest {

    @Test
    void defaults_pointAtSlack_withFollowUpsOn() {
        BotConfig.SlackConfig slack = TestBots.config(Map.of()).slack();

        assertThat(slack.port()).isEqualTo(3000);
        assertThat(slack.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(slack.adminUserIds()).isEmpty();
        assertThat(slack.threadFollowUps()).isTrue();
    }

    @Test
    void environment_overridesPortApiUrlAndAdmins() {
        BotConfig.SlackConfig slack = TestBots.config(Map.of("SLACK_PORT", "8123",
                "SLACK_API_URL", "http://127.0.0.1:9/api/", "SLACK_ADMIN_USER_IDS", "U01, U02,,U03")).slack();

        assertThat(slack.port()).isEqualTo(8123);
        assertThat(slack.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(slack.adminUserIds()).containsExactly("U01", "U02", "U03");
    }

    @Test
    void configFile_setsAdminsAsAListAndTurnsFollowUpsOff(@TempDir Path home) throws Exception {
        Path file = home.resolve("reviewbot.yaml");
        Files.writeString(file, "slack:\n  admin-user-ids: [U0A, U0B]\n  thread-follow-ups: false\n");

        BotConfig.SlackConfig slack = new ConfigLoader(Map.of(), home).load(file).slack();

        assertThat(slack.adminUserIds()).containsExactly("U0A", "U0B");
        assertThat(slack.threadFollowUps()).isFalse();
        assertThat(slack.port()).isEqualTo(3000);
    }

    @Test
    void invalidPortOrUrl_isAConfigErrorNamingTheSetting() {
        assertThatThrownBy(() -> TestBots.config(Map.of("SLACK_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("slack.port");
        assertThatThrownBy(() -> TestBots.config(Map.of("SLACK_API_URL", "slack.com/api")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("slack.api-url");
    }
}
