package dev.reviewbot.cli;

import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.app.ChatAdapters;
import dev.reviewbot.app.Operations;
import dev.reviewbot.app.ReviewBot;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
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
        Operations ops;
        try {
            ops = Operations.start(bot); // the ops port answers /healthz at once, /readyz 503 until all connect
        } catch (RuntimeException e) {
            bot.close();
            throw new UserError(e.getMessage());
        }
        List<ChatAdapter> started = new CopyOnWriteArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (docker stop): not ready at once, answers in flight finish within ops.shutdown-grace, then out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ops.stop(started);
            stopped.countDown();
        }, "reviewbot-shutdown"));
        if (ops.port() > 0) {
            spec.commandLine().getErr().println("reviewbot: ops port " + ops.port() + " (/healthz, /readyz, /metrics)");
        }
        for (ChatAdapter adapter : adapters) {
            ops.watch(adapter);
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
