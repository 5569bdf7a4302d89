package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackCredentialsTest {

    private static final String BOT = "xoxb-CRED";
    private static final String APP = "xapp-1-secret-app";
    private static final String SIGNING = "secret-signing";

    @Test
    void theTokensSetPickTheMode_socketModeWinsWhenBothAreSet() {
        assertThat(SlackCredentials.fromEnvironment(Map.of())).isEmpty();
        assertThat(SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)))
                .contains(new SlackCredentials.SocketMode(BOT, APP));
        assertThat(SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SIGNING)))
                .contains(new SlackCredentials.Http(BOT, SIGNING));
        assertThat(SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP,
                "SLACK_SIGNING_SECRET", SIGNING))).get().isInstanceOf(SlackCredentials.SocketMode.class);
    }

    @Test
    void secrets_neverShowInToStringOrErrors() {
        SlackCredentials socket = SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP))
                .orElseThrow();
        SlackCredentials http = new SlackCredentials.Http(BOT, SIGNING);

        assertThat(socket.toString() + http).doesNotContain("CRED", "secret-app", SIGNING);
        assertThatThrownBy(() -> SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_APP_TOKEN")
                .hasMessageContaining("SLACK_SIGNING_SECRET").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xapp-oops-secret",
                "SLACK_APP_TOKEN", APP))).hasMessageContaining("xoxb-").hasMessageNotContaining("oops");
        assertThatThrownBy(() -> SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT,
                "SLACK_APP_TOKEN", "xoxb-OOPS"))).hasMessageContaining("xapp-").hasMessageNotContaining("OOPS");
    }
}
