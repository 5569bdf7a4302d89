package dev.reviewbot.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresLibraryRecord;
import dev.reviewbot.eval.EvalQuestion;
import dev.reviewbot.review.Review;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * `reviewbot bench --database URL`: the library kept in PostgreSQL. For each size, a writer bot ingests
 * the synthetic library into the database; then a reader bot with an empty data directory (a new process
 * behind the load balancer) catches up from the database; then single-review ingests through the writer are
 * timed until the reader answers from them; then the reader's uncached answer latency. The two bots run in
 * this one JVM, each with its own data directory, replica, pool and LISTEN connection, as two processes would.
 * The database's library must be empty at the start; what the bench adds it removes at the end.
 *
 * <p>Sizes above {@code seedAbove} are seeded rather than ingested cold: through {@link ReusedVectors}, each
 * distinct passage and sentence text is embedded once (the synthetic reviews repeat most of them word for
 * word), so the database holds the model's own vectors for every passage at a fraction of the embedding time.
 * Their row reports the seeding, not an ingest rate; catch-up, which never embeds, is measured the same way.
 * With hashed seed vectors ({@link HashedVectors}) nothing is embedded at all: catch-up and ingest to visible
 * are timed the same (they read and index vectors, whatever they hold), but the answers are over vectors that
 * are not the model's, and their latency is labelled so.
 */
public final class DatabaseBench {

    private static final int PROBES = 20;

    private final ConfigLoader loader;
    private final BotConfig config;
    private final PrintWriter out;

    public DatabaseBench(ConfigLoader loader, BotConfig config, PrintWriter out) {
        this.loader = loader;
        this.config = config;
        this.out = out;
    }

    /**
     * @param seedAbove sizes above this are seeded with each distinct text embedded once (see above)
     * @param hashedSeed seeded sizes get vectors hashed from their texts instead, with no model run
     */
    public void run(BenchRunner.Options options, int seedAbove, boolean hashedSeed, List<Review> bundled,
                    List<EvalQuestion> questions) throws Exception {
        EmbeddingModel model = ReviewBot.loadEmbeddingModel(config);
        model.embed("warm up");
        out.printf(Locale.ROOT, "Machine: %d cores, max heap %d MiB, Java %s; database %s%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), config.library().database().safeUrl());
        out.println("| reviews | passages | ingest into the database (passages/s) | catch-up of a new replica | "
                + "ingest to visible in the other process p50 / p99 | ingest to its first answer there p50 / p99 | answer p50 / p99 (replica, uncached) | database size | "
                + "replica on disk |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        out.flush();
        for (int size : options.sizes()) {
            scale(model, bundled, questions, size, size > seedAbove, hashedSeed, options);
        }
    }

    private void scale(EmbeddingModel model, List<Review> bundled, List<EvalQuestion> questions, int size,
                       boolean seed, boolean hashedSeed, BenchRunner.Options options) throws Exception {
        Path work = Files.createTempDirectory(options.workDir(), "bench-db-" + size + "-");
        List<SyntheticLibrary.Synthetic> synthetic = SyntheticLibrary.generate(bundled, size + PROBES, 7);
        List<Review> library = synthetic.subList(0, size).stream().map(SyntheticLibrary.Synthetic::review).toList();
        List<Review> probes = synthetic.subList(size, size + PROBES).stream().map(SyntheticLibrary.Synthetic::review).toList();
        boolean hashed = seed && hashedSeed;
        ReusedVectors reused = seed && !hashed ? new ReusedVectors(model) : null;
        EmbeddingModel writing = hashed ? new HashedVectors(model) : seed ? reused : model;
        try (ReviewBot writer = ReviewBot.persistent(config.withDataDir(work.resolve("writer")), loader, writing)) {
            if (!writer.library().catalog().reviews().isEmpty()) {
                throw new IllegalStateException("the bench needs a database whose library is empty (a throwaway "
                        + "database); this one holds " + writer.library().catalog().reviews().size() + " reviews");
            }
            long ingestStart = System.nanoTime();
            int passages = 0;
            for (int from = 0; from < library.size(); from += 500) {
                passages += writer.library().ingest(library.subList(from, Math.min(library.size(), from + 500)))
                        .passagesEmbedded();
                System.err.printf(Locale.ROOT, "%s %,d of %,d reviews: %.0f s%n", seed ? "seeded" : "ingested",
                        Math.min(library.size(), from + 500), size, BenchRunner.seconds(System.nanoTime() - ingestStart));
            }
            double ingestSeconds = BenchRunner.seconds(System.nanoTime() - ingestStart);
            String ingest = hashed
                    ? String.format(Locale.ROOT, "seeded in %.0f s with hashed vectors (nothing embedded)", ingestSeconds)
                    : seed ? String.format(Locale.ROOT, "seeded in %.0f s (%,d distinct texts embedded)", ingestSeconds,
                    reused.embedded())
                    : String.format(Locale.ROOT, "%,.0f", passages / ingestSeconds);

            BotConfig uncached = config.withDataDir(work.resolve("reader")).withCache(new CacheSettings("maximumSize=0",
                    "maximumSize=0", config.cache().conversations()));
            long catchUpStart = System.nanoTime();
            try (ReviewBot reader = ReviewBot.persistent(uncached, loader, model)) {
                double catchUp = BenchRunner.seconds(System.nanoTime() - catchUpStart);
                Probed probed = visibleLatency(writer, reader, probes);

                List<String> asked = BenchRunner.questionsFor(questions, synthetic.subList(0, size), options.samples());
                Function<String, Answer> ask = q -> reader.answers().ask(null, q, Optional.empty()).answer();
                BenchRunner.time(asked.subList(0, Math.min(100, asked.size())), ask); // warm-up
                Percentiles answers = BenchRunner.time(asked, ask);
                long bytes = databaseBytes();
                long replicaBytes = BenchRunner.treeSize(work.resolve("reader"));

                out.printf(Locale.ROOT, "| %,d | %,d | %s | %.2f s | %.1f / %.1f ms | %.1f / %.1f ms | %.2f / %.2f ms%s | %.1f MiB | %.1f MiB |%n",
                        size, passages, ingest, catchUp, probed.visible().p50(), probed.visible().p99(),
                        probed.answered().p50(), probed.answered().p99(),
                        answers.p50(), answers.p99(), hashed ? " over hashed vectors, not the model's" : "", bytes / (1024.0 * 1024.0), replicaBytes / (1024.0 * 1024.0));
                out.flush();
            } finally {
                writer.library().removeReviews(synthetic.stream().map(s -> s.review().id()).toList());
            }
        } finally {
            BenchRunner.deleteTree(work);
        }
    }

    private long databaseBytes() {
        try (Database database = Database.open(config.library().database(),
                loader.secret("REVIEWBOT_DATABASE_PASSWORD"))) {
            return new PostgresLibraryRecord(database).sizeInBytes();
        }
    }

    /** Ingest to visible, and to the first answer that version gives, each from the writer's commit. */
    private record Probed(Percentiles visible, Percentiles answered) {
    }

    /**
     * From the moment the writer's ingest has committed (its call returns) until the reader's catalog holds
     * the review (the notification, the reader's replay of that version from the database and its Lucene
     * commit), and until the reader has answered a question about it (what the first question on a new version
     * costs besides: the names the reviews use are followed to that version). One review at a time.
     */
    private static Probed visibleLatency(ReviewBot writer, ReviewBot reader, List<Review> probes) {
        reader.answers().ask(null, "Who directed " + probes.get(0).title() + "?", Optional.empty()); // the first version's names
        long[] visible = new long[probes.size()];
        long[] answered = new long[probes.size()];
        for (int i = 0; i < probes.size(); i++) {
            Review probe = probes.get(i);
            writer.library().ingest(List.of(probe));
            long committed = System.nanoTime();
            while (reader.library().catalog().review(probe.id()).isEmpty()) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000); // leaves the cores to the reader's sync
            }
            visible[i] = System.nanoTime() - committed;
            reader.answers().ask(null, "How is the acting in " + probe.title() + "?", Optional.empty());
            answered[i] = System.nanoTime() - committed;
        }
        return new Probed(Percentiles.of(visible), Percentiles.of(answered));
    }
}
