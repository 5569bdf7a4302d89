package dev.reviewbot.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.eval.EvalQuestion;
import dev.reviewbot.eval.EvalReport;
import dev.reviewbot.eval.Evaluator;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.review.Review;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * `reviewbot bench`: quality of our retrieval against LangChain4j's plain EmbeddingStoreContentRetriever
 * on the eval set, then for each library size: ingest rate, time to ready from disk, heap, answer latency
 * (uncached and cached), throughput with concurrent askers, and the baseline's latency in the same run.
 */
public final class BenchRunner {

    /** @param sizes library sizes in reviews; @param samples questions timed per measurement */
    public record Options(List<Integer> sizes, int samples, int threads, Path workDir) {
    }

    private final ConfigLoader loader;
    private final BotConfig config;
    private final PrintWriter out;

    public BenchRunner(ConfigLoader loader, BotConfig config, PrintWriter out) {
        this.loader = loader;
        this.config = config;
        this.out = out;
    }

    /**
     * @param seedAbove sizes above this are seeded rather than ingested cold: through {@link ReusedVectors}, each
     *                  distinct passage and sentence text is embedded once (the synthetic reviews repeat most word for
     *                  word), so the stored vectors are the model's own and the latencies are those of a cold ingest's
     *                  library; their row gives the seeding time instead of an ingest rate
     */
    public void run(Options options, int seedAbove, List<Review> bundled, List<EvalQuestion> questions) throws Exception {
        long start = System.nanoTime();
        EmbeddingModel model = ReviewBot.loadEmbeddingModel(config);
        model.embed("warm up");
        out.printf(Locale.ROOT, "Machine: %d cores, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        out.printf(Locale.ROOT, "Embedding model %s (query instruction %s) loaded in %.2f s%n%n", config.embedding().model(),
                config.embedding().questionInstruction().isEmpty() ? "none" : "on", seconds(System.nanoTime() - start));
        quality(model, bundled, questions);
        out.println("| reviews | sections | ingest (sections/s) | ready from disk | heap after load | uncached p50 / p99 | cached p50 / p99 | throughput (" + options.threads() + " askers) | plain retriever p50 / p99 | p50 ratio | CPU per question (ours / plain) | index on disk |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        out.flush();
        for (int size : options.sizes()) {
            scale(model, bundled, questions, size, size > seedAbove, options);
        }
    }

    private void quality(EmbeddingModel model, List<Review> bundled, List<EvalQuestion> questions) {
        try (ReviewBot bot = ReviewBot.inMemory(config, loader, model)) {
            bot.library().ingest(bundled);
            PlainRetrieverBaseline baseline = new PlainRetrieverBaseline(bot.embeddingStore(), questionModel(model));
            EvalReport ours = Evaluator.evaluate(questions, q -> bot.answers().ask(null, q, Optional.empty()).answer());
            EvalReport plain = Evaluator.evaluate(questions, baseline::answer);
            out.println("Eval set (" + questions.size() + " questions over the bundled reviews):");
            out.println("| retrieval | film@1 | section@1 | fact recall | correct refusals | false refusals |");
            out.println("|---|---|---|---|---|---|");
            out.println(row("ReviewBot (hybrid + extractive)", ours));
            out.println(row("plain EmbeddingStoreContentRetriever", plain));
            out.println();
        }
    }

    private static String row(String name, EvalReport r) {
        return String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %d |", name, 100 * r.filmAt1(),
                100 * r.sectionAt1(), 100 * r.factRecall(), 100 * r.correctRefusals(), r.falseRefusals());
    }

    private void scale(EmbeddingModel model, List<Review> bundled, List<EvalQuestion> questions, int size,
                       boolean seed, Options options) throws Exception {
        Path dataDir = Files.createTempDirectory(options.workDir(), "bench-" + size + "-");
        BotConfig onDisk = config.withDataDir(dataDir);
        List<SyntheticLibrary.Synthetic> synthetic = SyntheticLibrary.generate(bundled, size, 7);

        ReusedVectors reused = seed ? new ReusedVectors(model) : null;
        long ingestStart = System.nanoTime();
        int sections = 0;
        try (ReviewBot bot = ReviewBot.persistent(onDisk, loader, seed ? reused : model)) {
            for (int from = 0; from < synthetic.size(); from += 500) {
                List<Review> batch = synthetic.subList(from, Math.min(synthetic.size(), from + 500)).stream()
                        .map(SyntheticLibrary.Synthetic::review).toList();
                IngestReport report = bot.library().ingest(batch);
                sections += batch.stream().mapToInt(r -> r.sections().size()).sum();
                if (report.added().size() != batch.size()) {
                    throw new IllegalStateException("synthetic reviews must all be new");
                }
            }
        }
        double ingestSeconds = seconds(System.nanoTime() - ingestStart);
        String ingest = seed
                ? String.format(Locale.ROOT, "seeded in %.0f s (%,d distinct texts embedded)", ingestSeconds, reused.embedded())
                : String.format(Locale.ROOT, "%,.0f", sections / ingestSeconds);
        long indexBytes = treeSize(dataDir.resolve("index"));

        System.gc();
        long readyStart = System.nanoTime();
        try (ReviewBot cached = ReviewBot.persistent(onDisk, loader, model);
             ReviewBot uncached = ReviewBot.persistent(onDisk.withCache(new CacheSettings("maximumSize=0", "maximumSize=0",
                     config.cache().conversations())), loader, model)) {
            cached.library().catalog();
            double ready = seconds(System.nanoTime() - readyStart);
            uncached.library().catalog();
            long heap = usedHeap();

            List<String> asked = questionsFor(questions, synthetic, options.samples());
            PlainRetrieverBaseline baseline = new PlainRetrieverBaseline(uncached.embeddingStore(), questionModel(model));
            Function<String, Answer> ours = q -> uncached.answers().ask(null, q, Optional.empty()).answer();
            time(asked.subList(0, Math.min(100, asked.size())), ours); // warm-up: JIT, page cache
            Paired paired = timePaired(asked, ours, baseline::answer);
            Percentiles uncachedLatency = paired.ours();
            Percentiles baselineLatency = paired.plain();
            asked.forEach(q -> cached.answers().ask(null, q, Optional.empty()));
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                repeated.addAll(asked);
            }
            Percentiles cachedLatency = time(repeated, q -> cached.answers().ask(null, q, Optional.empty()).answer());
            double throughput = throughput(asked, ours, options.threads());

            out.printf(Locale.ROOT, "| %,d | %,d | %s | %.2f s | %d MiB | %.2f / %.2f ms | %.4f / %.4f ms | %.0f q/s | %.2f / %.2f ms | %.2fx | %.2f / %.2f ms | %.1f MiB |%n",
                    size, sections, ingest, ready, heap >> 20, uncachedLatency.p50(), uncachedLatency.p99(),
                    cachedLatency.p50(), cachedLatency.p99(), throughput, baselineLatency.p50(), baselineLatency.p99(),
                    uncachedLatency.p50() / baselineLatency.p50(), paired.oursCpuMillis(), paired.plainCpuMillis(),
                    indexBytes / (1024.0 * 1024.0));
            out.flush();
        } finally {
            deleteTree(dataDir);
        }
    }

    /** The eval questions, each film name swapped for a synthetic review carrying that film's text. */
    static List<String> questionsFor(List<EvalQuestion> questions, List<SyntheticLibrary.Synthetic> synthetic,
                                             int samples) {
        Random random = new Random(11);
        List<String> result = new ArrayList<>();
        while (result.size() < samples) {
            EvalQuestion q = questions.get(random.nextInt(questions.size()));
            Pattern title = Pattern.compile("(?i)\\b(the )?" + Pattern.quote(q.film().replaceFirst("^The ", "")) + "\\b");
            if (!title.matcher(q.q()).find()) {
                continue; // cross-review questions and typos do not transfer to a synthetic title
            }
            List<SyntheticLibrary.Synthetic> same = synthetic.stream().filter(s -> s.sourceFilm().equals(q.film())).toList();
            if (same.isEmpty()) {
                continue;
            }
            String newTitle = same.get(random.nextInt(same.size())).review().title();
            result.add(title.matcher(q.q()).replaceAll(java.util.regex.Matcher.quoteReplacement(newTitle)));
        }
        return result;
    }

    /** Latencies of two ways of answering, and the process CPU each used per question. */
    record Paired(Percentiles ours, Percentiles plain, double oursCpuMillis, double plainCpuMillis) {
    }

    /**
     * Each question asked of ours, then of the plain retriever, so that both see the same machine load
     * (other processes come and go); the process's CPU time per question (model threads and JIT included)
     * says what each costs whatever the load.
     */
    static Paired timePaired(List<String> questions, Function<String, Answer> ours, Function<String, Answer> plain) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] oursNanos = new long[questions.size()];
        long[] plainNanos = new long[questions.size()];
        long oursCpu = 0;
        long plainCpu = 0;
        for (int i = 0; i < questions.size(); i++) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            ours.apply(questions.get(i));
            oursNanos[i] = System.nanoTime() - t;
            long mid = os.getProcessCpuTime();
            t = System.nanoTime();
            plain.apply(questions.get(i));
            plainNanos[i] = System.nanoTime() - t;
            oursCpu += mid - cpu;
            plainCpu += os.getProcessCpuTime() - mid;
        }
        int n = Math.max(1, questions.size());
        return new Paired(Percentiles.of(oursNanos), Percentiles.of(plainNanos), oursCpu / 1e6 / n, plainCpu / 1e6 / n);
    }

    static Percentiles time(List<String> questions, Function<String, Answer> ask) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            ask.apply(questions.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        return Percentiles.of(nanos);
    }

    private static double throughput(List<String> questions, Function<String, Answer> ask, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < questions.size(); i = next.getAndIncrement()) {
                        ask.apply(questions.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return questions.size() / seconds(System.nanoTime() - start);
    }

    /** Questions get the model's query instruction here too, so the baseline is not handicapped. */
    private EmbeddingModel questionModel(EmbeddingModel model) {
        return dev.reviewbot.embedding.QueryInstructionEmbeddingModel.wrap(model, config.embedding().questionInstruction());
    }

    static long treeSize(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
