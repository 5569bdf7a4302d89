package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.SharedBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.slack.SlackRig.Mode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting with wrong tokens fails with a message that names the setting but not the secret; close frees all. */
class SlackAdapterLifecycleTest {

    @Test
    void aRefusedBotToken_failsTheStart_namingTheVariableNotTheToken() {
        try (FakeSlack fake = FakeSlack.start()) {
            SlackAdapter adapter = adapter(fake, new SlackCredentials.Http("xoxb-BAD", FakeSlack.SIGNING_SECRET));
            try {
                assertThatThrownBy(adapter::start).hasMessage("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
            } finally {
                adapter.close();
            }
        }
    }

    @Test
    void aRefusedAppToken_failsTheStart_namingTheVariableNotTheToken() {
        try (FakeSlack fake = FakeSlack.start()) {
            SlackAdapter adapter = adapter(fake, new SlackCredentials.SocketMode(FakeSlack.BOT_TOKEN, "xapp-wrong-secret"));
            try {
                assertThatThrownBy(adapter::start).hasMessageStartingWith("Slack refused SLACK_APP_TOKEN (invalid_auth)")
                        .hasMessageNotContaining("wrong-secret");
                assertThat(fake.socketMode().connectionCount()).isZero();
            } finally {
                adapter.close();
            }
        }
    }

    @Test
    void httpMode_close_releasesThePort() throws Exception {
        SlackRig rig = SlackRig.start(Mode.HTTP);
        int port;
        try {
            port = rig.adapter.httpPort();
            assertThat(rig.adapter.name()).isEqualTo("slack (HTTP mode, port " + port + ")");
            assertThat(accepts(port)).isTrue();
        } finally {
            rig.close();
        }
        assertThat(accepts(port)).isFalse();
        assertThat(rig.workers.isShutdown()).isTrue();
    }

    private static SlackAdapter adapter(FakeSlack fake, SlackCredentials credentials) {
        return new SlackAdapter(SharedBot.get().chatServices(), credentials, new BotConfig.SlackConfig(0, fake.apiUrl(), List.of(), true),
                new TrackedWorkers(), Clock.systemUTC());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
