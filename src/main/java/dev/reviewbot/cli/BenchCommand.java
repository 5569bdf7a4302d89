package dev.reviewbot.cli;

import dev.reviewbot.bench.BenchRunner;
import dev.reviewbot.bench.DatabaseBench;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.eval.Evaluator;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: eval scores against LangChain4j's plain retriever, then for each library size",
                "ingest rate, time to ready from disk, heap, latency uncached and cached, throughput."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "100,1000,10000",
            description = "Library sizes in reviews (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--samples", defaultValue = "500", description = "Questions timed per measurement (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--threads", defaultValue = "4", description = "Concurrent askers for throughput (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--questions", paramLabel = "FILE.jsonl", defaultValue = "eval/questions.jsonl",
            description = "Eval set for the quality comparison and the timed questions (default: ${DEFAULT-VALUE}).")
    Path questions;

    @Option(names = "--database", paramLabel = "URL", description = {"Benchmark the library kept in this PostgreSQL "
            + "database (a JDBC URL; its library must be empty, what the bench adds it removes): ingest, catch-up of a "
            + "new replica, ingest to visible in another process, answer latency. The password may come from "
            + "REVIEWBOT_DATABASE_PASSWORD."})
    String database;

    @Option(names = "--seed-above", paramLabel = "N", description = {"Seed sizes above N reviews "
            + "instead of ingesting them cold, embedding each distinct passage and sentence text once (the synthetic "
            + "reviews repeat most word for word; the stored vectors are the model's own). Their row gives the seeding "
            + "time instead of an ingest rate; catch-up and the rest are measured as for any size. Default: none."})
    Integer seedAbove;

    @Option(names = "--seed-vectors", paramLabel = "reused|hashed", defaultValue = "reused", description = {"With "
            + "--seed-above: where seeded passages get their vectors. reused (default): the model's, each distinct text "
            + "embedded once. hashed: drawn from each text's hash, no model run (minutes instead of an hour at 10,000 "
            + "reviews); catch-up and ingest to visible are timed the same, but answers over hashed vectors are not the "
            + "model's: their latency is labelled so."})
    String seedVectors;

    @Override
    public Integer call() throws Exception {
        ConfigLoader loader = BotLauncher.loader(root);
        BotConfig config = loader.load(root.config);
        if (database != null) {
            try {
                config = config.withDatabase(config.library().database().withUrl(database));
            } catch (IllegalArgumentException e) {
                throw new UserError("--database: " + e.getMessage());
            }
        }
        Path questionFile = ConfigLoader.defaultHome().resolve(questions);
        if (!Files.isRegularFile(questionFile)) {
            throw new UserError("no such file: " + questionFile);
        }
        if (sizes.stream().anyMatch(n -> n < 1) || samples < 1 || threads < 1) {
            throw new UserError("--sizes, --samples and --threads must be positive");
        }
        if (!List.of("reused", "hashed").contains(seedVectors)) {
            throw new UserError("--seed-vectors must be reused or hashed, not '" + seedVectors + "'");
        }
        if (seedAbove != null && seedAbove < 0) {
            throw new UserError("--seed-above must not be negative");
        }
        if (seedVectors.equals("hashed") && database == null) {
            throw new UserError("--seed-vectors hashed needs --database (answers over hashed vectors are not the model's)");
        }
        ReviewFiles.Loaded bundled = new ReviewFiles(new ReviewParser(config.library().maxFileBytes()))
                .load(List.of(config.library().seedDir()), null);
        if (bundled.reviews().isEmpty()) {
            throw new UserError("no bundled reviews in " + config.library().seedDir());
        }
        Path work = Files.createDirectories(config.library().dataDir().getParent().resolve("bench-tmp"));
        BenchRunner.Options options = new BenchRunner.Options(sizes, samples, threads, work);
        if (database != null) {
            new DatabaseBench(loader, config, spec.commandLine().getOut()).run(options,
                    seedAbove == null ? Integer.MAX_VALUE : seedAbove, seedVectors.equals("hashed"), bundled.reviews(),
                    Evaluator.read(questionFile));
            return 0;
        }
        new BenchRunner(loader, config, spec.commandLine().getOut())
                .run(options, seedAbove == null ? Integer.MAX_VALUE : seedAbove, bundled.reviews(), Evaluator.read(questionFile));
        return 0;
    }
}
