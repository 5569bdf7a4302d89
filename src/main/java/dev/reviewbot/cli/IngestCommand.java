package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.library.LibraryFolder;
import java.time.Clock;
import dev.reviewbot.text.DisplayText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add review files (or folders of *.txt and *.md) to the library. Unchanged reviews are skipped.")
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Review files or folders.")
    List<Path> paths;

    @Option(names = "--title", paramLabel = "T", description = "The film's title, for a single file that names none.")
    String title;

    @Option(names = "--rebuild", description = "Build a new library from PATH only; the old index (corrupt, or "
            + "unwanted) is kept aside in the data directory as index.broken-<time>, not deleted.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (title != null && (paths.size() != 1 || java.nio.file.Files.isDirectory(paths.get(0)))) {
            throw new UserError("--title applies to a single review file");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rebuild) {
            BotConfig config = BotLauncher.config(root);
            if (config.library().database().configured()) {
                throw new UserError("--rebuild builds a library in the data directory; this one lives in the database "
                        + "(REVIEWBOT_DATABASE_URL), whose local copy rebuilds itself: use `reviewbot remove` and `ingest`");
            }
            LibraryFolder.setAside(config.library().dataDir(), Clock.systemDefaultZone())
                    .ifPresent(aside -> out.println("Kept the old library aside as " + aside));
        }
        try (ReviewBot bot = BotLauncher.open(root, null, spec.commandLine().getErr(), null, !rebuild)) {
            BotLauncher.Ingested ingested = BotLauncher.load(bot, paths, title, spec.commandLine().getErr());
            IngestReport report = ingested.report();
            report.added().forEach(r -> out.println("Added: " + DisplayText.visible(r)));
            report.updated().forEach(r -> out.println("Updated: " + DisplayText.visible(r)));
            report.unchanged().forEach(r -> out.println("Unchanged: " + DisplayText.visible(r)));
            out.println(report.passagesEmbedded() + " passages embedded; library version " + report.version() + ".");
            return ingested.hadErrors() ? 1 : 0;
        }
    }
}
