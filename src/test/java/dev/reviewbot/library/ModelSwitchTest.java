package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.TestBots;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library opened with another embedding model re-embeds what the old one embedded, resuming after a crash.
 * What is tested is the bookkeeping, so a hashing fake stands in for the model (hundreds of passages).
 */
class ModelSwitchTest {

    @TempDir
    Path dataDir;

    private final AtomicLong clock = new AtomicLong();
    private CountingEmbeddingModel model;
    private List<Review> reviews;

    @BeforeEach
    void setUp() {
        model = new CountingEmbeddingModel(new HashingEmbeddingModel());
        List<Review> bundled = new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null).reviews();
        // Enough passages for more than one re-embedding batch.
        reviews = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            for (Review r : bundled) {
                reviews.add(new Review(r.id() + "-" + copy, r.title() + " " + copy, r.year(), r.reviewer(), r.rating(),
                        r.source(), r.sections()));
            }
        }
    }

    private LuceneIndex index;

    private ReviewLibrary open(String modelId) throws IOException {
        index = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")), clock::get);
        return new ReviewLibrary(index, new LuceneEmbeddingStore(index),
                new PassageEmbedder(model, modelId, SentencePolarity.NONE), new Chunker(3, 80));
    }

    @Test
    void openWithAnotherModel_reEmbedsEveryPassageOnce() throws IOException {
        int passages;
        try (ReviewLibrary library = open("model-a")) {
            passages = library.ingest(reviews).passagesEmbedded();
            assertThat(library.stalePassages()).isZero();
        }
        try (ReviewLibrary library = open("model-b")) {
            assertThat(passages).isGreaterThan(300);
            assertThat(library.stalePassages()).isEqualTo(passages);
            long versionBefore = library.version();
            model.embedded.set(0);

            int done = library.reembedStale(n -> { });

            assertThat(done).isEqualTo(passages);
            assertThat(model.embedded.get()).isEqualTo(passages);
            assertThat(library.stalePassages()).isZero();
            assertThat(passagesAndEmbeddedBy("model-b|polarity:none")).containsExactly(passages, passages);
            assertThat(library.version()).isGreaterThan(versionBefore);
            assertThat(library.catalog().reviews()).hasSize(reviews.size());
        }
    }

    @Test
    void crashMidReEmbed_leavesAWholeLibrary_andTheNextOpenFinishes() throws IOException {
        int passages;
        try (ReviewLibrary library = open("model-a")) {
            passages = library.ingest(reviews).passagesEmbedded();
        }
        model.embedded.set(0);
        model.failAfter = 300; // the second batch of 256 fails
        try (ReviewLibrary library = open("model-b")) {
            assertThatThrownBy(() -> library.reembedStale(n -> { })).hasMessageContaining("simulated crash");
        }
        model.failAfter = Integer.MAX_VALUE;
        try (ReviewLibrary library = open("model-b")) {
            assertThat(library.catalog().reviews()).hasSize(reviews.size());
            assertThat(passagesAndEmbeddedBy("model-b|polarity:none")).containsExactly(passages, 256); // none lost or doubled
            assertThat(library.stalePassages()).isEqualTo(passages - 256);
            model.embedded.set(0);

            library.reembedStale(n -> { });

            assertThat(model.embedded.get()).isEqualTo(passages - 256);
            assertThat(passagesAndEmbeddedBy("model-b|polarity:none")).containsExactly(passages, passages);
        }
    }

    /** How many passages are stored, and how many of them the given signature embedded. */
    private long[] passagesAndEmbeddedBy(String signature) throws IOException {
        index.refresh();
        IndexSearcher searcher = index.acquire();
        try {
            return new long[] {searcher.count(LuceneEmbeddingStore.passages(null)),
                    searcher.count(LuceneEmbeddingStore.passages(
                            new dev.langchain4j.store.embedding.filter.comparison.IsEqualTo(Passage.EMBEDDED_BY, signature)))};
        } finally {
            index.release(searcher);
        }
    }
}

/** A deterministic stand-in for an embedding model: a unit vector derived from the text's hash. */
final class HashingEmbeddingModel implements dev.langchain4j.model.embedding.EmbeddingModel {

    @Override
    public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
            List<dev.langchain4j.data.segment.TextSegment> segments) {
        return dev.langchain4j.model.output.Response.from(segments.stream().map(s -> {
            java.util.Random random = new java.util.Random(s.text().hashCode());
            float[] v = new float[384];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) random.nextGaussian();
            }
            return dev.langchain4j.data.embedding.Embedding.from(v);
        }).toList());
    }

    @Override
    public int dimension() {
        return 384;
    }
}
