package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.console.ConsoleChat;
import dev.reviewbot.library.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with ReviewBot in the console.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReviewsOption reviews;

    @Override
    public Integer call() {
        try (ReviewBot bot = BotLauncher.open(root, reviews.dir, spec.commandLine().getErr());
             Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            Catalog catalog = bot.library().catalog();
            String greeting = "ReviewBot: " + catalog.reviews().size() + " reviews of " + catalog.films().size()
                    + " films (" + String.join(", ", catalog.films()) + ").";
            Path history = reviews.dir == null ? bot.config().library().dataDir().resolve("chat-history") : null;
            new ConsoleChat(bot.commands(), bot.parser()).run(terminal, greeting, history);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
