package dev.reviewbot.cli;

import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.SecretFiles;
import dev.reviewbot.config.Secrets;
import dev.reviewbot.library.LibraryException;
import dev.reviewbot.text.TerminalWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `reviewbot` command line. Its subcommands and their output are a contract other tools rely on. */
@Command(name = "reviewbot", mixinStandardHelpOptions = true, version = "ReviewBot 0.1.0",
        description = "Answers questions about stored film reviews, quoting and citing them.",
        subcommands = {ChatCommand.class, AskCommand.class, IngestCommand.class, ListCommand.class,
                RemoveCommand.class, EvalCommand.class, BenchCommand.class, RunCommand.class, FitPolarityCommand.class,
                ReportCommand.class, FitScoringCommand.class, FitQuestionKindsCommand.class})
public final class ReviewBotCli {

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Configuration file (default: config/reviewbot.yaml in the ReviewBot home).")
    Path config;

    /** The environment and standard input, replaceable in tests. */
    final Map<String, String> environment;
    final InputStream in;

    ReviewBotCli(Map<String, String> environment, InputStream in) {
        this.environment = environment;
        this.in = in;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                System.in));
    }

    /** Runs the command line and returns its exit code; nothing here calls System.exit. */
    public static int execute(String[] args, PrintWriter out, PrintWriter rawErr, Map<String, String> environment,
                              InputStream in) {
        // Errors echo what was typed (a --film value, a file name): never let them drive the terminal.
        PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
        Map<String, String> resolved;
        try {
            resolved = SecretFiles.resolve(environment); // DISCORD_TOKEN_FILE and the like, as secrets are mounted
        } catch (ConfigException e) {
            err.println("reviewbot: " + e.getMessage());
            return 1;
        }
        Secrets.global().addFrom(resolved);
        CommandLine cli = new CommandLine(new ReviewBotCli(resolved, in));
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("reviewbot: " + Secrets.global().redact(e.getMessage()));
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err); // "Did you mean: ask?"
            }
            err.println("Try 'reviewbot " + (e.getCommandLine().getCommandName().equals("reviewbot") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof InvalidQuestionException || e instanceof ConfigException
                    || e instanceof LibraryException || e instanceof dev.reviewbot.database.DatabaseException) {
                // Messages may quote an upstream's answer, which may quote a secret it was sent.
                err.println("reviewbot: " + Secrets.global().redact(e.getMessage()));
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
