package dev.reviewbot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the chat platform adapters whose credentials are set (DISCORD_TOKEN, SLACK_BOT_TOKEN...).")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Option(names = "--reviews", paramLabel = "DIR", description = "Use only the review files in DIR (nothing is written).")
    Path reviews;

    @Override
    public Integer call() {
        throw new UserError("no chat platform is available in this version yet; use 'reviewbot chat' for the console");
    }
}
