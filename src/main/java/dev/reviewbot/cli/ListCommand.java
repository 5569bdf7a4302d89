package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.PlainTextRenderer;
import dev.reviewbot.command.Reply;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the reviews in the library.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ReviewBot bot = BotLauncher.open(root, null, spec.commandLine().getErr())) {
            spec.commandLine().getOut().println(new PlainTextRenderer().render(new Reply.ReviewList(bot.library().catalog().reviews())));
            return 0;
        }
    }
}
