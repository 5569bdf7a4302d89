package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove every review of a film from the library.")
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TITLE", arity = "1..*", description = "The film's title.")
    List<String> title;

    @Override
    public Integer call() {
        try (ReviewBot bot = BotLauncher.open(root, null, spec.commandLine().getErr())) {
            String typed = String.join(" ", title);
            String film = bot.answers().resolveFilm(typed, bot.library().catalog());
            List<String> removed = bot.library().remove(film);
            removed.forEach(r -> spec.commandLine().getOut().println("Removed: " + r));
            return 0;
        }
    }
}
