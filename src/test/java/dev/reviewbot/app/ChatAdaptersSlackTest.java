package dev.reviewbot.app;

import dev.reviewbot.command.ChatAdapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.TestBots;
import dev.reviewbot.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `reviewbot run` starts Slack in the mode its credentials allow (nothing is connected here). */
class ChatAdaptersSlackTest {

    private static ReviewBot bot;

    @BeforeAll
    static void emptyBot() {
        bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void botAndAppToken_meanSocketMode_botTokenAndSigningSecret_meanHttpMode() {
        List<ChatAdapter> socket = ChatAdapters.fromEnvironment(bot,
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
        List<ChatAdapter> http = ChatAdapters.fromEnvironment(bot,
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"));
        try {
            assertThat(socket).extracting(ChatAdapter::name).containsExactly("slack (socket mode)");
            assertThat(http).extracting(ChatAdapter::name).containsExactly("slack (HTTP mode, port 3000)");
        } finally {
            socket.forEach(ChatAdapter::close);
            http.forEach(ChatAdapter::close);
        }
    }

    @Test
    void noSlackToken_meansNoSlackAdapter_anIncompleteSetIsAConfigError() {
        assertThat(ChatAdapters.fromEnvironment(bot, Map.of("SLACK_APP_TOKEN", "xapp-1"))).isEmpty();
        assertThatThrownBy(() -> ChatAdapters.fromEnvironment(bot, Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .isInstanceOf(ConfigException.class);
    }
}
