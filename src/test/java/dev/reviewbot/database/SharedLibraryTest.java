package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reviewbot.SmallReviews;
import dev.reviewbot.TestBots;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.review.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bots with data directories of their own over one real PostgreSQL, as two processes behind a load
 * balancer would run: what one ingests or removes the other answers from, and neither loses anything when a
 * write fails, the database restarts or a replica is lost.
 */
class SharedLibraryTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static final String SCORE_QUESTION = "Who wrote the score of Lantern Bay?";

    @TempDir
    Path dataDirs;

    private final List<ReviewBot> opened = new ArrayList<>();
    private final CountingModel model = new CountingModel();

    @BeforeAll
    static void migrate() {
        POSTGRES.open();
    }

    @BeforeEach
    void emptyLibrary() {
        POSTGRES.emptyLibrary();
    }

    @AfterEach
    void closeBots() {
        opened.forEach(ReviewBot::close);
    }

    @Test
    void anIngestThroughOne_isAnsweredByTheOther_withoutEmbeddingAgain_andARemovalToo() {
        ReviewBot a = bot("a");
        ReviewBot b = bot("b");
        assertThat(ask(b, SCORE_QUESTION).grounded()).isFalse(); // cached for this library version

        a.library().ingest(SmallReviews.parsed());
        Map<String, Integer> embeddedByA = model.counts();

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(citedFilms(ask(b, SCORE_QUESTION)))
                .contains("Lantern Bay"));
        assertThat(ask(b, SCORE_QUESTION).text()).contains("Lise Dahl");
        String lanternBay = a.library().catalog().reviewsOf("Lantern Bay").get(0).id();
        assertThat(b.library().passagesOf(lanternBay)).isEqualTo(a.library().passagesOf(lanternBay))
                .allSatisfy(p -> assertThat(model.counts().get(p.embeddingText())).as("b took the vectors from the database")
                        .isEqualTo(embeddedByA.get(p.embeddingText())));

        assertThat(b.library().remove("Lantern Bay")).containsExactly("Lantern Bay (review by Odette Brill)");

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(a.library().catalog().films())
                .containsExactly("Marrow Lane"));
        assertThat(ask(a, SCORE_QUESTION).grounded()).isFalse();
        assertThat(a.library().version()).isEqualTo(b.library().version());
    }

    @Test
    void aFailureMidIngest_leavesTheDatabaseAndTheOtherBotsAnswersIntact() {
        ReviewBot a = bot("a");
        ReviewBot b = bot("b");
        a.library().ingest(SmallReviews.parsed());
        await().atMost(Duration.ofSeconds(2)).until(() -> b.library().catalog().reviews().size() == 2);
        long version = b.library().version();

        // The model fails half-way through the passages: nothing reaches the database.
        model.failAfter = model.embedded.get() + 5;
        assertThatThrownBy(() -> a.library().ingest(bundled())).hasMessageContaining("simulated crash");
        model.failAfter = Integer.MAX_VALUE;

        // The database refuses the second review mid-transaction (text may not hold NUL): the first, a new
        // version of Lantern Bay, is rolled back with it.
        Review lantern = a.library().catalog().reviewsOf("Lantern Bay").get(0);
        Review rewritten = new Review(lantern.id(), lantern.title(), lantern.year(), lantern.reviewer(), "1/5",
                lantern.source(), List.of(new Section("Music", "The score is forgettable.")));
        Review broken = new Review("broken/one", "Broken", null, null, null, "x",
                List.of(new Section("Review", "A review with a NUL \u0000 in it.")));
        assertThatThrownBy(() -> a.library().ingest(List.of(rewritten, broken)))
                .isInstanceOf(DatabaseException.class).hasMessageStartingWith("cannot write the library to the database at");

        assertThat(new PostgresLibraryRecord(POSTGRES.open()).version()).isEqualTo(version);
        assertThat(a.library().version()).isEqualTo(version);
        assertThat(ask(b, SCORE_QUESTION).text()).contains("Lise Dahl");
        assertThat(ask(a, SCORE_QUESTION).text()).contains("Lise Dahl");
    }

    @Test
    void theDatabaseRestarted_botsReconnectAndCatchUp_noIngestIsLost() {
        ReviewBot a = bot("a", 1);
        ReviewBot b = bot("b", 1);
        a.library().ingest(SmallReviews.parsed());
        await().atMost(Duration.ofSeconds(2)).until(() -> b.library().catalog().reviews().size() == 2);

        POSTGRES.stopServer();
        try {
            // Answers come from the local replica: they go on while the database is away; writes fail in one line.
            assertThat(ask(b, SCORE_QUESTION).text()).contains("Lise Dahl");
            assertThatThrownBy(() -> a.library().ingest(bundled()))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            POSTGRES.startServer();
        }

        List<Review> ballerina = bundled().stream().filter(r -> r.title().equals("Ballerina")).toList();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> a.library().ingest(ballerina) != null);
        int expected = 2 + ballerina.size();
        assertThat(a.library().catalog().reviews()).hasSize(expected);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(b.library().catalog().reviews())
                .hasSize(expected));
        assertThat(citedFilms(ask(b, "How is the acting in Ballerina?"))).containsOnly("Ballerina");
    }

    @Test
    void aDeletedOrDamagedReplica_isRebuiltFromTheDatabase_withoutEmbedding() throws IOException {
        ReviewBot a = bot("a");
        a.library().ingest(SmallReviews.parsed());
        long version = a.library().version();
        a.close();
        opened.remove(a);
        Map<String, Integer> embeddedAtIngest = model.counts();

        Path replica = dataDirs.resolve("a").resolve("replica");
        dev.reviewbot.library.LibraryFolder.delete(replica);
        ReviewBot rebuilt = bot("a");
        assertThat(rebuilt.library().catalog().films()).containsExactly("Lantern Bay", "Marrow Lane");
        assertThat(rebuilt.library().version()).isEqualTo(version);
        rebuilt.close();
        opened.remove(rebuilt);

        try (Stream<Path> files = Files.list(replica)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3}); // every file of the index damaged
            }
        }
        ReviewBot repaired = bot("a");
        assertThat(ask(repaired, SCORE_QUESTION).text()).contains("Lise Dahl");
        assertThat(repaired.library().catalog().reviews()).allSatisfy(review -> assertThat(
                repaired.library().passagesOf(review.id())).isNotEmpty().allSatisfy(p -> assertThat(
                        model.counts().get(p.embeddingText())).as("rebuilt without embedding")
                        .isEqualTo(embeddedAtIngest.get(p.embeddingText()))));
    }

    @Test
    void aReplicaOfAnotherLibrary_isRebuilt() {
        ReviewBot a = bot("a");
        a.library().ingest(SmallReviews.parsed());
        a.close();
        opened.remove(a);
        // The database is replaced by another one (a new library id) at a higher version with other reviews.
        POSTGRES.execute("TRUNCATE reviews, library_changes CASCADE");
        POSTGRES.execute("UPDATE library_head SET library_id = gen_random_uuid(), version = version + 5");

        ReviewBot reopened = bot("a");

        assertThat(reopened.library().catalog().reviews()).isEmpty();
    }

    /** A bot that hears of new versions by notification alone: its poll interval is far longer than any wait here. */
    private ReviewBot bot(String name) {
        return bot(name, 600);
    }

    /** @param pollSeconds how often the bot checks for versions anyway, and retries a lost database */
    private ReviewBot bot(String name, int pollSeconds) {
        DatabaseSettings settings = POSTGRES.settings();
        BotConfig config = TestBots.config(Map.of()).withDataDir(dataDirs.resolve(name)).withDatabase(
                new DatabaseSettings(settings.url(), settings.poolSize(), settings.connectTimeoutSeconds(), pollSeconds));
        ReviewBot bot = ReviewBot.persistent(config, TestBots.loader(Map.of()), model);
        opened.add(bot);
        return bot;
    }

    private static Answer ask(ReviewBot bot, String question) {
        return bot.answers().ask(null, question, Optional.empty()).answer();
    }

    private static List<String> citedFilms(Answer answer) {
        return answer.citations().stream().map(Citation::review).toList();
    }

    private static List<Review> bundled() {
        return new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null).reviews();
    }

    /**
     * The real model, counting what it embeds (passages, and questions and aspect descriptions, which every
     * bot embeds for itself), and failing on demand (a crash mid-ingest).
     */
    private static final class CountingModel implements EmbeddingModel {

        final AtomicInteger embedded = new AtomicInteger();
        private final Map<String, Integer> texts = new java.util.concurrent.ConcurrentHashMap<>();
        volatile int failAfter = Integer.MAX_VALUE;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (embedded.get() + segments.size() > failAfter) {
                throw new IllegalStateException("simulated crash while embedding");
            }
            embedded.addAndGet(segments.size());
            segments.forEach(segment -> texts.merge(segment.text(), 1, Integer::sum));
            return TestBots.model().embedAll(segments);
        }

        /** How many times each text was embedded so far. */
        Map<String, Integer> counts() {
            return Map.copyOf(texts);
        }

        @Override
        public int dimension() {
            return TestBots.model().dimension();
        }

        @Override
        public String modelName() {
            return TestBots.model().modelName();
        }
    }
}
