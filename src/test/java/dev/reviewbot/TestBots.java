package dev.reviewbot;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real ReviewBots for tests: the real embedding model (its vectors kept on disk between test JVMs, see
 * StoredVectors) over the bundled reviews in data/reviews, in memory.
 */
public final class TestBots {

    public static final Path BUNDLED_REVIEWS = Path.of("data/reviews");
    private static final Path VECTORS = Path.of("target", "test-vectors");
    private static EmbeddingModel model;
    private static EmbeddingModel reused;

    private TestBots() {
    }

    /**
     * The default model, its vectors kept on disk (StoredVectors) under target/ by the model's artifact, so a
     * new version of the artifact starts afresh.
     */
    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = new StoredVectors(VECTORS.resolve(artifactOf(AllMiniLmL6V2QuantizedEmbeddingModel.class)),
                    ReviewBot::loadEmbeddingModel);
        }
        return model;
    }

    private static String artifactOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The real model, embedding each distinct text once per test JVM: the vectors are the model's own. For
     * tests that ingest the same reviews again and again (PIT reruns each test once per mutant, and the
     * library's tests re-embedded the whole library per test), and that count what the library asks for
     * rather than how long the model takes.
     */
    public static synchronized EmbeddingModel reusedModel() {
        if (reused == null) {
            reused = new dev.reviewbot.bench.ReusedVectors(model());
        }
        return reused;
    }

    public static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, Path.of("").toAbsolutePath());
    }

    public static BotConfig config(Map<String, String> environment) {
        return loader(environment).load(null);
    }

    /** A bot over the bundled reviews, with the given environment overrides (e.g. a rate limit). */
    public static ReviewBot bundled(Map<String, String> environment) {
        ReviewBot bot = ReviewBot.inMemory(config(environment), loader(environment), model());
        var loaded = bot.files().load(List.of(BUNDLED_REVIEWS), null);
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("bundled reviews must parse: " + loaded.errors());
        }
        bot.library().ingest(loaded.reviews());
        return bot;
    }

    public static ReviewBot bundled() {
        return bundled(Map.of());
    }
}
