package dev.reviewbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** A scripted console session through a real (dumb) JLine terminal. */
class ConsoleChatTest {

    @Test
    void conversation_questionsFollowUpsAndCommands() throws Exception {
        String typed = String.join("\n", "How is the acting in Ballerina?", "what about the cinematography?",
                "/reviews", "/review ballerina special effects", "/review oppenheimer", "/frobnicate", "/stats", "/help",
                "", "/quit", "never read") + "\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (ReviewBot bot = TestBots.bundled();
             Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                     new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            new ConsoleChat(bot.commands(), bot.parser()).run(terminal, "ReviewBot test", null);
        }
        String out = screen.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("ReviewBot test").contains("[1] Ballerina, Acting")
                .contains("[1] Ballerina, Cinematography")
                .contains("review(s):").contains("Glass Orchard (2024) by Maya Lindqvist")
                .contains("Ballerina - Special Effects").contains("flamethrower showdown")
                .contains("Sorry: unknown film 'oppenheimer'")
                .contains("Sorry: unknown command '/frobnicate'; try /help")
                .contains("Questions: 2 answered").contains("/review <film> [section]")
                .contains("Bye.").doesNotContain("never read");
    }
}
