package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.SharedBot;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.cache.CachingEmbeddingModel;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.embedding.QueryInstructionEmbeddingModel;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.library.SentencePolarity;
import dev.reviewbot.opinion.EmbeddingPolarity;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.HybridRetriever;
import dev.reviewbot.retrieval.LibraryWords;
import dev.reviewbot.retrieval.PassageFusion;
import dev.reviewbot.retrieval.QuestionAnalyzer;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFormatException;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.TestBots;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The answer tests' bots: each library is built (its reviews embedded) once per JVM and never closed, like
 * SharedBot, because PIT runs each test on its own and a library per run would embed the reviews again for
 * every test of every mutant. The answering parts (AnswerService, the answerer, the opinion answers, an
 * empty answer cache and conversations) are made fresh for every test over that library, wired as ReviewBot
 * wires them, so that no answer cached under one planted mistake is served under another.
 * {@code @RegisterExtension static final AnswerRig BOT = AnswerRig.over("small", SmallReviews::bot);}
 */
final class AnswerRig implements BeforeEachCallback {

    private static final Map<String, ReviewBot> BOTS = new HashMap<>();
    private static final Map<ReviewBot, EmbeddingModel> QUERIES = new HashMap<>();
    private static final Map<ReviewBot, SentencePolarity> POLARITY = new HashMap<>();

    private final String name;
    private final Supplier<ReviewBot> factory;
    private AnswerService answers;

    private AnswerRig(String name, Supplier<ReviewBot> factory) {
        this.name = name;
        this.factory = factory;
    }

    static AnswerRig over(String name, Supplier<ReviewBot> factory) {
        return new AnswerRig(name, factory);
    }

    /** Over the bundled reviews, sharing SharedBot's library with the other tests of the JVM. */
    static AnswerRig bundled() {
        return new AnswerRig("bundled", SharedBot::get);
    }

    /** A bot over reviews written in a test (Markdown or plain text, parsed as uploads are), named by file. */
    static ReviewBot botOver(Map<String, String> files) {
        ReviewParser parser = new ReviewParser(64 * 1024);
        ReviewBot bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
        List<Review> reviews = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                reviews.add(parser.parse(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8), null));
            }
        } catch (ReviewFormatException e) {
            throw new IllegalStateException(e);
        }
        bot.library().ingest(reviews);
        return bot;
    }

    ReviewBot bot() {
        synchronized (BOTS) {
            return BOTS.computeIfAbsent(name, n -> factory.get());
        }
    }

    Catalog catalog() {
        return bot().library().catalog();
    }

    /** This test's answer service (made before each test). */
    AnswerService answers() {
        if (answers == null) {
            answers = service(bot());
        }
        return answers;
    }

    /** The answer to an unscoped question, outside a conversation. */
    Answer ask(String question) {
        return answers().ask(null, question, Optional.empty()).answer();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        answers = service(bot());
    }

    private static AnswerService service(ReviewBot bot) {
        BotConfig config = bot.config();
        EmbeddingModel model = bot.aspectParts().model();
        EmbeddingModel queries;
        SentencePolarity polarity;
        synchronized (BOTS) {
            queries = QUERIES.computeIfAbsent(bot, b -> new CachingEmbeddingModel(
                    QueryInstructionEmbeddingModel.wrap(model, config.embedding().questionInstruction()),
                    Caffeine.newBuilder().maximumSize(10_000).build()));
            polarity = POLARITY.computeIfAbsent(bot, b -> EmbeddingPolarity.forModels(model, config.embedding().inProcessModel().id(),
                    config.embedding().polarityModels().subList(0, 1)));
        }
        AspectVocabulary vocabulary = bot.aspectParts().vocabulary();
        Terms terms = new Terms(bot.index().analyzer());
        LexicalSearch lexical = new LexicalSearch(bot.index());
        ScoringModel scoring = bot.scoring();
        return new AnswerService(bot.library(),
                new QuestionAnalyzer(vocabulary, terms, new LibraryWords(lexical, terms), bot.aspectParts().semantics()),
                new HybridRetriever(bot.embeddingStore(), queries, lexical, vocabulary, config.retrieval(),
                        new PassageFusion(scoring.lexicalWeight(), scoring.aspectBoost())),
                new ExtractiveAnswerer(vocabulary, terms, config.answers(), scoring, SentenceSimilarity.NONE,
                        bot.aspectParts().semantics().words()),
                Caffeine.newBuilder().maximumSize(1000).build(),
                new InMemoryConversations(Caffeine.newBuilder().maximumSize(100).build()),
                config.questions().maxLength(), new SimpleMeterRegistry(), QuestionRewriter.NONE,
                new OpinionAnswers(new OpinionReader(queries, polarity, config.opinions()), vocabulary, terms, scoring, bot.library()::passagesOf, config.answers().maxQuotes()));
    }

    /**
     * The extractive answer to a one-off question allowed at most {@code maxQuotes} sentences (the configured
     * settings otherwise), or the answer given before retrieval (metadata, an opinion, a film not stored).
     */
    Answer askQuoting(int maxQuotes, String question) {
        ReviewBot bot = bot();
        AnswerSettings configured = bot.config().answers();
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(bot.aspectParts().vocabulary(), new Terms(bot.index().analyzer()),
                new AnswerSettings(configured.minSimilarity(), configured.strongSimilarity(), maxQuotes, configured.scoringFile()),
                bot.scoring());
        AnswerService.Prepared prepared = answers().prepare(question, Optional.empty());
        return prepared.early() != null ? prepared.early()
                : answerer.answer(prepared.question(), prepared.retrieval(), prepared.catalog());
    }
}
