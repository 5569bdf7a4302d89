package dev.reviewbot.cli;

import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.app.ChatAdapters;
import dev.reviewbot.app.ReviewBot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every chat platform adapter whose credentials are set (DISCORD_TOKEN, SLACK_BOT_TOKEN...).")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReviewsOption reviews;

    @Override
    public Integer call() throws Exception {
        ReviewBot bot = BotLauncher.open(root, reviews.dir, spec.commandLine().getErr());
        List<ChatAdapter> adapters = ChatAdapters.fromEnvironment(bot, root.environment);
        if (adapters.isEmpty()) {
            bot.close();
            throw new UserError("no chat platform credentials are set: set DISCORD_TOKEN, or SLACK_BOT_TOKEN with "
                    + "SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); see README.md");
        }
        List<ChatAdapter> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.forEach(ChatAdapter::close);
            bot.close();
            stopped.countDown();
        }, "reviewbot-shutdown"));
        for (ChatAdapter adapter : adapters) {
            try {
                adapter.start();
            } catch (Exception e) {
                started.forEach(ChatAdapter::close);
                throw new UserError(adapter.name() + " did not start: " + e.getMessage());
            }
            started.add(adapter);
            spec.commandLine().getErr().println("reviewbot: " + adapter.name() + " connected");
        }
        stopped.await();
        return 0;
    }
}
