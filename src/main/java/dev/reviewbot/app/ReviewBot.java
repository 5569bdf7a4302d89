package dev.reviewbot.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.Answerer;
import dev.reviewbot.answer.QuestionRewriter;
import dev.reviewbot.answer.Conversations;
import dev.reviewbot.answer.InMemoryConversations;
import dev.reviewbot.command.ChatServices;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.llm.ChatModels;
import dev.reviewbot.llm.LlmAnswerer;
import dev.reviewbot.llm.LlmConfig;
import dev.reviewbot.llm.LlmQuestionRewriter;
import dev.reviewbot.llm.ModelGateway;
import dev.reviewbot.llm.Prompts;
import dev.reviewbot.answer.ExtractiveAnswerer;
import dev.reviewbot.answer.ScoringModel;
import dev.reviewbot.retrieval.PassageFusion;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.cache.CachingEmbeddingModel;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.StatsCollector;
import dev.reviewbot.command.TextCommandParser;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.database.Database;
import dev.reviewbot.database.LibraryFollower;
import dev.reviewbot.database.PostgresLibraryRecord;
import dev.reviewbot.embedding.EmbeddingSettings;
import dev.reviewbot.embedding.InProcessModel;
import dev.reviewbot.embedding.QueryInstructionEmbeddingModel;
import dev.reviewbot.library.PassageEmbedder;
import dev.reviewbot.opinion.EmbeddingPolarity;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.answer.OpinionAnswers;
import dev.reviewbot.library.SentencePolarity;
import dev.reviewbot.library.Chunker;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.library.LibraryException;
import dev.reviewbot.library.LibraryFolder;
import dev.reviewbot.library.LuceneEmbeddingStore;
import dev.reviewbot.library.LuceneIndex;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.retrieval.AspectSemantics;
import dev.reviewbot.retrieval.AspectTagger;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.LibraryWords;
import dev.reviewbot.retrieval.HybridRetriever;
import dev.reviewbot.retrieval.QuestionAnalyzer;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.command.MeteredQuestionOutcomes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one place where ReviewBot is put together: every service is built here, from the config, and
 * handed to what needs it. Nothing else constructs services or looks them up.
 */
public final class ReviewBot implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReviewBot.class);

    private final BotConfig config;
    private final ReviewLibrary library;
    private final ReviewFiles files;
    private final AnswerService answers;
    private final CommandService commands;
    private final TextCommandParser parser;
    private final LuceneIndex index;
    private final LuceneEmbeddingStore store;
    /** Every meter of the process; `reviewbot run` serves them as /metrics on the ops port. */
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ChatServices chatServices;
    private final FeedbackLog feedback;
    private final UploadIngest uploads;
    private final Llm llm;
    private final AspectVocabulary vocabulary;
    private final AspectSemantics semantics;
    private final EmbeddingModel model;
    private volatile boolean closed;
    private final StateStores stores;
    /** The shared database the library is kept in, or null when the data directory holds it alone. */
    private final Database database;
    private volatile LibraryFollower follower;
    private final ScoringModel scoring;
    private final Terms terms;

    /** The time every cache and limit runs by, and the clock feedback is stamped with: tests could swap both here. */
    private final Ticker ticker = Ticker.systemTicker();
    private final Clock clock = Clock.systemUTC();

    private ReviewBot(BotConfig config, ConfigLoader loader, EmbeddingModel model, Directory directory,
                      Path feedbackFile) {
        this(config, loader, model, directory, feedbackFile, null);
    }

    /** @param database the shared database whose library the index replicates, or null for none */
    private ReviewBot(BotConfig config, ConfigLoader loader, EmbeddingModel model, Directory directory,
                      Path feedbackFile, Database database) {
        AspectVocabulary vocabulary = vocabulary(loader);
        this.config = config;
        this.database = database;
        this.files = new ReviewFiles(new ReviewParser(config.library().maxFileBytes()));
        this.index = new LuceneIndex(directory);
        this.store = new LuceneEmbeddingStore(index);
        EmbeddingSettings embedding = config.embedding();
        Cache<String, Embedding> embeddingCache = CacheSettings.build(config.cache().embeddings(), ticker);
        CachingEmbeddingModel queryEmbeddings = new CachingEmbeddingModel(
                QueryInstructionEmbeddingModel.wrap(model, embedding.questionInstruction()), embeddingCache);
        AspectSemantics semantics = new AspectSemantics(vocabulary, queryEmbeddings, config.retrieval());
        this.vocabulary = vocabulary;
        this.semantics = semantics;
        this.model = model;
        // A second model only when polarity is configured to use another one (embedding.polarity-model).
        String passageModel = embedding.inProcessModel().id();
        SentencePolarity polarity = EmbeddingPolarity.forModels(model, passageModel, embedding.polarityModels());
        // A question's side is read by the first model alone: the opinion settings were tuned on its scale.
        SentencePolarity questionSide = EmbeddingPolarity.forModels(model, passageModel, embedding.polarityModels().subList(0, 1));
        this.library = new ReviewLibrary(index, store, new PassageEmbedder(model, embedding.model(),
                polarity, new AspectTagger(vocabulary, semantics)),
                new Chunker(config.library().passageSentences(), config.library().passageWords()),
                database == null ? null : new PostgresLibraryRecord(database));
        Terms terms = new Terms(index.analyzer());
        LexicalSearch lexical = new LexicalSearch(index);
        this.stores = StateStores.open(config, loader, ticker, clock, feedbackFile, database); // one pool for both
        Conversations conversations = stores.conversations();
        this.scoring = scoring(config, loader);
        this.terms = terms;
        this.llm = Llm.build(config, loader, new ExtractiveAnswerer(vocabulary, terms, config.answers(), scoring,
                dev.reviewbot.answer.SentenceSimilarity.NONE, semantics.words()), ticker,
                clock, meters);
        Cache<dev.reviewbot.answer.AnswerKey, dev.reviewbot.answer.CachedAnswer> answerCache =
                CacheSettings.build(config.cache().answers(), ticker);
        this.answers = new AnswerService(library,
                new QuestionAnalyzer(vocabulary, terms, new LibraryWords(lexical, terms), semantics),
                new HybridRetriever(store, queryEmbeddings, lexical, vocabulary, config.retrieval(),
                        new PassageFusion(scoring.lexicalWeight(), scoring.aspectBoost())),
                llm.answerer(),
                answerCache, conversations,
                config.questions().maxLength(), meters, llm.rewriter(),
                new OpinionAnswers(new OpinionReader(queryEmbeddings, questionSide, config.opinions(),
                        dev.reviewbot.opinion.QuestionKindModel.bundled(passageModel).orElse(null)), vocabulary, terms, scoring,
                        library::passagesOf, config.answers().maxQuotes()));
        this.feedback = stores.feedback();
        this.uploads = new UploadIngest(new ReviewParser(config.library().maxFileBytes()), library);
        // The state commands keep, each behind a core interface: in memory, or shared in the database.
        CommandService.State state = new CommandService.State(stores.rateLimits(), stores.recentAnswers(),
                stores.votes(), feedback, clock);
        this.commands = new CommandService(answers, library,
                new StatsCollector(library, answers, embeddingCache, conversations, feedback), uploads, state,
                stores.admin(), new MeteredQuestionOutcomes(meters));
        Map<String, Cache<?, ?>> caches = new java.util.HashMap<>(Map.of("answers", answerCache, "embeddings", embeddingCache));
        if (conversations instanceof InMemoryConversations local) { // shared conversations live in the database
            caches.put("conversations", local.cache());
        }
        bindMeters(caches);
        this.parser = new TextCommandParser(() -> library.catalog().titles());
        this.chatServices = new ChatServices(commands, parser, stores.seenEvents(), stores.followUpThreads(),
                config.library().maxFileBytes(),
                config.llm().provider() != LlmConfig.Provider.NONE, clock);
    }

    /** The caches' sizes and hit ratios, and the library's size and version, as meters. */
    private void bindMeters(Map<String, Cache<?, ?>> caches) {
        caches.forEach((name, cache) -> CaffeineCacheMetrics.monitor(meters, cache, name));
        Gauge.builder("reviewbot.library.reviews", library, l -> l.catalog().reviews().size())
                .description("Reviews in the library").register(meters);
        Gauge.builder("reviewbot.library.version", library, l -> l.catalog().version())
                .description("The library's version: it changes with every ingest or removal").register(meters);
    }

    /** Every meter of the process (questions, caches, library, circuit breaker), for /metrics. */
    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** The fitted sentence scoring: the configured file, else the bundled fit for the embedding model. */
    private static ScoringModel scoring(BotConfig config, ConfigLoader loader) {
        String file = config.answers().scoringFile();
        if (file != null && !file.isBlank()) {
            return ScoringModel.read(loader.home().resolve(file));
        }
        String id = config.embedding().model();
        return ScoringModel.bundled(id).orElseThrow(() -> new IllegalStateException(
                "no fitted scoring for the embedding model " + id + ": run ./reviewbot fit-scoring --model " + id));
    }

    /** What answers are scored with, for replaying the answerer's choice with other weights (fit-scoring). */
    public ExtractiveAnswerer extractiveAnswerer(ScoringModel weights, dev.reviewbot.answer.SentenceSimilarity sentences) {
        return new ExtractiveAnswerer(vocabulary, terms, config.answers(), weights, sentences, semantics.words());
    }

    /** The scoring in use. */
    public ScoringModel scoring() {
        return scoring;
    }

    /** The aspect vocabulary, its recognition by meaning and the embedding model: for fitting thresholds. */
    public dev.reviewbot.eval.AspectFit.Parts aspectParts() {
        return new dev.reviewbot.eval.AspectFit.Parts(vocabulary, semantics, model);
    }

    /** ReviewBot over the persisted library in the configured data directory. */
    public static ReviewBot persistent(BotConfig config, ConfigLoader loader) {
        return persistent(config, loader, loadEmbeddingModel(config));
    }

    /** Same as {@link #persistent(BotConfig, ConfigLoader)} with the configured model already loaded. */
    public static ReviewBot persistent(BotConfig config, ConfigLoader loader, EmbeddingModel model) {
        Path dataDir = config.library().dataDir();
        LibraryFolder.checkUsable(dataDir);
        if (config.library().database().configured()) {
            return replica(config, loader, model);
        }
        ReviewBot bot;
        try {
            Files.createDirectories(dataDir);
            bot = new ReviewBot(config, loader, model, FSDirectory.open(dataDir.resolve(LibraryFolder.INDEX)),
                    dataDir.resolve(FeedbackLog.FILE));
        } catch (IOException e) {
            throw new LibraryException("cannot open the library in " + dataDir + " (" + e + ")");
        }
        try {
            bot.library.catalog(); // a truncated or corrupt index fails here, in one line, not at the first question
            return bot;
        } catch (LibraryException e) {
            bot.closeQuietly();
            throw e;
        } catch (RuntimeException e) {
            bot.closeQuietly();
            throw LibraryFolder.unreadable(dataDir, e, config.library().seedDir());
        }
    }

    /**
     * ReviewBot over the library kept in the shared database: its index in the data directory is a replica,
     * caught up now (rebuilt when missing, damaged or of another database) and then kept up to date.
     */
    private static ReviewBot replica(BotConfig config, ConfigLoader loader, EmbeddingModel model) {
        Database database = Database.open(config.library().database(), loader.secret("REVIEWBOT_DATABASE_PASSWORD"));
        try {
            ReviewBot bot = openReplica(config, loader, model, database);
            bot.follower = LibraryFollower.start(database, bot.library::sync);
            return bot;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static ReviewBot openReplica(BotConfig config, ConfigLoader loader, EmbeddingModel model, Database database) {
        Path dataDir = config.library().dataDir();
        Path replica = dataDir.resolve(LibraryFolder.REPLICA);
        for (int attempt = 1; ; attempt++) {
            ReviewBot bot;
            try {
                Files.createDirectories(dataDir);
                bot = new ReviewBot(config, loader, model, FSDirectory.open(replica), dataDir.resolve("feedback.jsonl"),
                        database);
            } catch (IOException e) {
                throw new LibraryException("cannot open the library's replica in " + replica + " (" + e + ")");
            }
            try {
                bot.library.sync();
                return bot;
            } catch (LibraryException | dev.reviewbot.database.DatabaseException e) {
                bot.closeLibrary();
                throw e;
            } catch (RuntimeException e) {
                bot.closeLibrary();
                if (attempt > 1) {
                    throw LibraryFolder.unreadable(dataDir, e, config.library().seedDir());
                }
                // Only a copy: the database holds the library, so the replica is built anew from it.
                LOG.warn("the library's replica in {} cannot be read ({}); rebuilding it from the database", replica,
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                LibraryFolder.delete(replica);
            }
        }
    }

    /** ReviewBot over an in-memory library, for --reviews DIR: nothing is written anywhere. */
    public static ReviewBot inMemory(BotConfig config, ConfigLoader loader) {
        return new ReviewBot(config, loader, loadEmbeddingModel(config), new ByteBuffersDirectory(), null);
    }

    /** Same as {@link #inMemory} with a model already loaded (benchmarks and tests share one). */
    public static ReviewBot inMemory(BotConfig config, ConfigLoader loader, EmbeddingModel model) {
        return new ReviewBot(config, loader, model, new ByteBuffersDirectory(), null);
    }

    /** The default in-process all-MiniLM-L6-v2 (quantized): it ships inside a Maven artifact and needs no network. */
    public static EmbeddingModel loadEmbeddingModel() {
        return InProcessModel.ALL_MINILM_L6_V2_Q.load();
    }

    /** The in-process model the config chooses (embedding.model). */
    public static EmbeddingModel loadEmbeddingModel(BotConfig config) {
        return config.embedding().inProcessModel().load();
    }

    private static AspectVocabulary vocabulary(ConfigLoader loader) {
        try (InputStream in = loader.open("aspects.yaml")) {
            return AspectVocabulary.load(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read aspects.yaml: " + e.getMessage(), e);
        }
    }

    /**
     * The answerer and follow-up rewriter for the configured LLM, and what to close with the bot. With
     * provider none they are the extractive answerer itself and no rewriting (null objects, no flags).
     */
    private record Llm(Answerer answerer, QuestionRewriter rewriter, AutoCloseable resources) {

        static Llm build(BotConfig config, ConfigLoader loader, Answerer extractive, Ticker ticker, Clock clock,
                         io.micrometer.core.instrument.MeterRegistry meters) {
            LlmConfig llm = config.llm();
            if (llm.provider() == LlmConfig.Provider.NONE) {
                return new Llm(extractive, QuestionRewriter.NONE, () -> { });
            }
            Prompts prompts;
            try {
                prompts = Prompts.load(loader.home().resolve("prompts"));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new ConfigException("cannot use the LLM: " + e.getMessage(), e);
            }
            ModelGateway gateway = new ModelGateway(ChatModels.create(llm, loader.secret("OPENAI_API_KEY")),
                    llm.timeBudget(), llm.circuitBreaker(), clock);
            gateway.bindTo(meters);
            String model = llm.provider().id() + ":" + llm.model();
            LOG.info("answers are written by {} at {} (prompts {}), checked against the reviews", model, llm.baseUrl(),
                    prompts.version());
            return new Llm(new LlmAnswerer(extractive, gateway, prompts, llm.maxSections(), model),
                    new LlmQuestionRewriter(gateway, prompts, CacheSettings.build(llm.memory(), ticker),
                            llm.memoryMessages(), config.questions().maxLength()),
                    gateway);
        }
    }

    public BotConfig config() {
        return config;
    }

    public ReviewLibrary library() {
        return library;
    }

    public ReviewFiles files() {
        return files;
    }

    public AnswerService answers() {
        return answers;
    }

    public CommandService commands() {
        return commands;
    }

    public TextCommandParser parser() {
        return parser;
    }


    public LuceneIndex index() {
        return index;
    }

    /** The passages' vectors, as the LangChain4j store that retrieval (and the benchmark's baseline) reads. */
    public LuceneEmbeddingStore embeddingStore() {
        return store;
    }

    /** What chat adapters get: the command layer and nothing behind it. */
    public ChatServices chatServices() {
        return chatServices;
    }

    public FeedbackLog feedback() {
        return feedback;
    }

    public UploadIngest uploads() {
        return uploads;
    }


    /** Whether the library is empty and the bundled reviews are there to fill it. */
    public boolean needsSeeding() {
        return library.catalog().reviews().isEmpty() && Files.isDirectory(config.library().seedDir());
    }

    public Path seedDir() {
        return config.library().seedDir();
    }

    private void closeLibrary() {
        try {
            library.close();
        } catch (RuntimeException e) {
            LOG.debug("closing a replica that could not be read failed too: {}", e.toString());
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            LOG.debug("closing a library that could not be read failed too: {}", e.toString());
        }
    }

    /** False once closed: the ops port's readiness reports the library down. */
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            llm.resources().close();
        } catch (Exception e) {
            LOG.warn("closing the LLM client failed: {}", e.toString());
        }
        try {
            stores.cleanup().close();
        } catch (Exception e) {
            LOG.warn("closing the shared chat state failed: {}", e.toString());
        }
        if (follower != null) {
            follower.close();
        }
        library.close();
        if (database != null) {
            database.close();
        }
    }
}
