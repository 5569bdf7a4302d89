package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.cli.ReviewBotCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `reviewbot run` against a Slack that quotes the bot token back in its error: the start-up error redacts it. */
class SlackSecretEchoTest {

    private static final String TOKEN = "xoxb-echoed.test.secret.value";

    @Test
    void aSlackErrorQuotingTheToken_isPrintedWithTheTokenRedacted(@TempDir Path data) {
        try (FakeSlack fake = FakeSlack.start()) {
            fake.onMethod("auth.test", call -> "{\"ok\":false,\"error\":\"invalid_auth token=Bearer " + call.token() + "\"}");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = ReviewBotCli.execute(new String[] {"run", "--reviews", "data/reviews"}, new PrintWriter(out, true),
                    new PrintWriter(err, true), Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", "signing-secret-42",
                            "SLACK_API_URL", fake.apiUrl(), "SLACK_PORT", "0", "REVIEWBOT_DATA_DIR", data.toString()),
                    new ByteArrayInputStream(new byte[0]));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip())
                    .endsWith("did not start: Slack refused SLACK_BOT_TOKEN (invalid_auth token=Bearer [redacted])")
                    .doesNotContain(TOKEN);
        }
    }
}
