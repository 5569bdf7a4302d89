package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.ops.LogFormat;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens ReviewBot the way each command needs: over the persisted library, or only a folder's files. */
final class BotLauncher {

    private BotLauncher() {
    }

    static ConfigLoader loader(ReviewBotCli root) {
        return new ConfigLoader(root.environment, ConfigLoader.defaultHome());
    }

    static BotConfig config(ReviewBotCli root) {
        return loader(root).load(root.config);
    }

    /**
     * @param reviewsDir only the review files in this folder, in memory (nothing is written), or null for
     *                   the persisted library, seeded with the bundled reviews when empty
     */
    static ReviewBot open(ReviewBotCli root, Path reviewsDir, PrintWriter err) {
        return open(root, reviewsDir, err, null);
    }

    /**
     * @param llmProvider --llm: none, openai or ollama, over the config and environment; null to keep them
     */
    static ReviewBot open(ReviewBotCli root, Path reviewsDir, PrintWriter err, String llmProvider) {
        return open(root, reviewsDir, err, llmProvider, true);
    }

    /** @param seed whether an empty persisted library is filled with the bundled reviews (not when rebuilding) */
    static ReviewBot open(ReviewBotCli root, Path reviewsDir, PrintWriter err, String llmProvider, boolean seed) {
        ConfigLoader loader = llmProvider == null ? loader(root) : new ConfigLoader(
                withVariable(root.environment, "REVIEWBOT_LLM_PROVIDER", llmProvider), ConfigLoader.defaultHome());
        BotConfig config = loader.load(root.config);
        LogFormat.apply(config.logging().format());
        if (reviewsDir != null) {
            if (!Files.isDirectory(reviewsDir)) {
                throw new UserError("no such folder: " + reviewsDir);
            }
            ReviewBot bot = ReviewBot.inMemory(config, loader);
            load(bot, List.of(reviewsDir), null, err);
            if (bot.library().catalog().reviews().isEmpty()) {
                bot.close();
                throw new UserError("no readable review files (*.txt, *.md) in " + reviewsDir);
            }
            return bot;
        }
        ReviewBot bot = ReviewBot.persistent(config, loader);
        reembed(bot, err);
        // The bundled samples fill an empty library unless library.seed-samples is off (the container's default).
        if (seed && config.library().seedSamples() && bot.needsSeeding()) {
            load(bot, List.of(bot.seedDir()), null, err);
        }
        return bot;
    }

    /**
     * A library embedded by another model (or scored by other polarity weights) is re-embedded before use,
     * batch by batch: interrupted, it resumes at the next start.
     */
    static void reembed(ReviewBot bot, PrintWriter err) {
        int stale = bot.library().stalePassages();
        if (stale == 0) {
            return;
        }
        err.printf("reviewbot: re-embedding %,d passages with %s (they were embedded by another model or scored by "
                + "other polarity weights)...%n", stale, bot.config().embedding().model());
        err.flush();
        int done = bot.library().reembedStale(n -> {
            if (n % 2560 < 256 && n < stale) {
                err.printf("reviewbot:   %,d of %,d%n", n, stale);
                err.flush();
            }
        });
        err.printf("reviewbot: re-embedded %,d passages%n", done);
    }

    /** The flag goes through the environment override, so it is validated like any other setting. */
    private static Map<String, String> withVariable(Map<String, String> environment, String name, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(name, value);
        return copy;
    }

    /** Ingests files, reporting each bad one on stderr; returns the report and whether any file failed. */
    static Ingested load(ReviewBot bot, List<Path> paths, String title, PrintWriter err) {
        ReviewFiles.Loaded loaded = bot.files().load(paths, title);
        for (ReviewFormatException e : loaded.errors()) {
            err.println("reviewbot: skipped " + e.getMessage());
        }
        for (String warning : loaded.warnings()) {
            err.println("reviewbot: warning: " + warning);
        }
        IngestReport report = bot.library().ingest(loaded.reviews());
        return new Ingested(report, !loaded.errors().isEmpty());
    }

    record Ingested(IngestReport report, boolean hadErrors) {
    }
}
