package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.library.RemovalMatch;
import dev.reviewbot.text.DisplayText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove every review of a film, or one review by its id, from the library.",
                "The title must be exact (case, punctuation and a leading 'The' aside): a near miss removes nothing."})
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TITLE|ID", arity = "1..*", description = "The film's exact title, or a review id.")
    List<String> title;

    @Override
    public Integer call() {
        try (ReviewBot bot = BotLauncher.open(root, null, spec.commandLine().getErr())) {
            RemovalMatch match = RemovalMatch.find(bot.library().catalog(), String.join(" ", title));
            if (match instanceof RemovalMatch.NotFound notFound) {
                throw new UserError(notFound.message());
            }
            List<String> removed = bot.library().removeReviews(((RemovalMatch.Found) match).ids());
            removed.forEach(r -> spec.commandLine().getOut().println("Removed: " + DisplayText.visible(r)));
            return 0;
        }
    }
}
