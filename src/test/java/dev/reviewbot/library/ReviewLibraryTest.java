package dev.reviewbot.library;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.TestBots;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.review.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLibraryTest {

    @TempDir
    Path dataDir;

    private CountingEmbeddingModel model;
    private List<Review> bundled;

    @BeforeEach
    void setUp() {
        model = new CountingEmbeddingModel(TestBots.reusedModel());
        bundled = new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null).reviews();
    }

    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();

    private LuceneIndex index;

    private ReviewLibrary open() throws IOException {
        index = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")), clock::get);
        return new ReviewLibrary(index, new LuceneEmbeddingStore(index), model, new Chunker(3, 80));
    }

    @Test
    void ingest_isIncremental_unchangedReviewsAreNotReEmbedded() throws IOException {
        try (ReviewLibrary library = open()) {
            IngestReport first = library.ingest(bundled);
            int embeddedOnce = model.embedded.get();

            IngestReport again = library.ingest(bundled);

            assertThat(first.added()).hasSize(bundled.size());
            assertThat(embeddedOnce).isEqualTo(first.passagesEmbedded()).isPositive();
            assertThat(again.unchanged()).hasSize(bundled.size());
            assertThat(again.passagesEmbedded()).isZero();
            assertThat(model.embedded.get()).isEqualTo(embeddedOnce);
            assertThat(again.version()).isEqualTo(first.version());
        }
    }

    @Test
    void ingest_aChangedReviewReplacesTheOldOne() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled);
            Review ballerina = library.catalog().reviewsOf("Ballerina").get(0);
            Review edited = new Review(ballerina.id(), ballerina.title(), 2025, ballerina.reviewer(), "4/5",
                    ballerina.source(), List.of(new Section("Acting", "Ana de Armas is terrific.")));

            IngestReport report = library.ingest(List.of(edited));

            assertThat(report.updated()).containsExactly("Ballerina");
            assertThat(report.passagesEmbedded()).isEqualTo(1);
            assertThat(library.catalog().reviewsOf("Ballerina")).singleElement()
                    .satisfies(r -> assertThat(r.sections()).hasSize(1));
            assertThat(report.version()).isGreaterThan(1);
        }
    }

    @Test
    void restart_isReadyFromDiskWithoutReEmbedding() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled);
        }
        model.embedded.set(0);

        try (ReviewLibrary reopened = open()) {
            assertThat(reopened.catalog().reviews()).hasSize(bundled.size());
            assertThat(reopened.ingest(bundled).passagesEmbedded()).isZero();
            assertThat(model.embedded.get()).isZero();
        }
    }

    @Test
    void crashMidIngest_leavesThePreviousLibraryIntact() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled.subList(0, 2));
        }
        List<String> before;
        try (ReviewLibrary library = open()) {
            before = library.catalog().reviews().stream().map(Review::id).toList();
            model.failAfter = model.embedded.get() + 10;

            assertThatThrownBy(() -> library.ingest(bundled)).hasMessageContaining("simulated crash");
            assertThat(library.catalog().reviews()).extracting(Review::id).isEqualTo(before);
        }
        try (ReviewLibrary reopened = open()) {
            assertThat(reopened.catalog().reviews()).extracting(Review::id).isEqualTo(before);
            model.failAfter = Integer.MAX_VALUE;
            assertThat(reopened.ingest(bundled).added()).hasSize(bundled.size() - 2);
        }
    }

    @Test
    void remove_dropsEveryReviewOfTheFilmAndItsPassages() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled);

            List<String> removed = library.remove("glass orchard");

            assertThat(removed).containsExactlyInAnyOrder("Glass Orchard (review by Maya Lindqvist)",
                    "Glass Orchard (review by Colin Ashby)");
            assertThat(library.catalog().films()).doesNotContain("Glass Orchard").contains("Ballerina");
            assertThat(library.remove("Glass Orchard")).isEmpty();
        }
    }

    @Test
    void anotherProcessesIngest_isSeenWithinASecond_andTheLockIsHeldOnlyWhileWriting() throws IOException {
        try (ReviewLibrary chat = open(); ReviewLibrary cli = open()) {
            chat.ingest(bundled.subList(0, 1));

            cli.ingest(bundled.subList(1, 2)); // the chat process holds no lock between ingests
            assertThat(chat.catalog().reviews()).hasSize(1);
            clock.addAndGet(1_000_000_000L);
            assertThat(chat.catalog().reviews()).hasSize(2);
        }
    }

    @Test
    void ingestWhileAnotherProcessWrites_getsAClearError() throws IOException {
        try (LuceneIndex writing = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")));
             LuceneIndex.Batch batch = writing.batch(); ReviewLibrary other = open()) {
            assertThat(batch.writer().isOpen()).isTrue();

            assertThatThrownBy(() -> other.ingest(bundled.subList(0, 1)))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("in use by another ReviewBot process");
        }
    }

    @Test
    void aLibraryFromAnOlderReviewBot_isEmbeddedAnewByTheNextIngest() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled.subList(0, 2));
        }
        makeLegacy();
        model.embedded.set(0);

        try (ReviewLibrary library = open()) {
            assertThat(passagesOf(bundled.get(0))).isZero();

            IngestReport report = library.ingest(bundled.subList(1, 3));

            assertThat(report.added()).containsExactly(bundled.get(2).displayName());
            assertThat(report.updated()).containsExactly(bundled.get(1).displayName());
            // Every stored review embedded anew, each once.
            assertThat(report.passagesEmbedded()).isEqualTo(model.embedded.get()).isEqualTo(bundled.subList(0, 3).stream()
                    .mapToInt(r -> new Chunker(3, 80).passages(r).size()).sum());
            assertThat(library.catalog().reviews()).hasSize(3);
            for (Review review : bundled.subList(0, 3)) {
                assertThat(passagesOf(review)).as(review.displayName())
                        .isEqualTo(new Chunker(3, 80).passages(review).size());
            }
            assertThat(library.ingest(bundled.subList(0, 3)).passagesEmbedded()).isZero();
        }
    }

    @Test
    void aLibraryFromAnOlderReviewBot_isEmbeddedAnewWhenOpened_withoutWaitingForAnIngest() throws IOException {
        try (ReviewLibrary library = open()) {
            library.ingest(bundled.subList(0, 2));
        }
        makeLegacy();

        try (ReviewLibrary library = open()) {
            assertThat(library.stalePassages()).isPositive();

            int stale = library.stalePassages();
            java.util.List<Integer> progress = new java.util.ArrayList<>();

            assertThat(library.reembedStale(progress::add)).isEqualTo(stale);

            assertThat(progress).containsExactly(stale);
            assertThat(library.stalePassages()).isZero();
            assertThat(library.catalog().reviews()).hasSize(2);
            for (Review review : bundled.subList(0, 2)) {
                assertThat(passagesOf(review)).as(review.displayName())
                        .isEqualTo(new Chunker(3, 80).passages(review).size());
            }
        }
    }

    /** What a library written before passage metadata was typed looks like: no format, unfilterable passages. */
    private void makeLegacy() throws IOException {
        try (LuceneIndex raw = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")));
             LuceneIndex.Batch batch = raw.batch()) {
            batch.writer().deleteDocuments(LuceneEmbeddingStore.passages(null));
            Document meta = new Document();
            meta.add(new StringField(LuceneIndex.KIND, "meta", Field.Store.NO));
            meta.add(new StoredField("libraryVersion", 1L));
            batch.writer().updateDocument(new Term(LuceneIndex.KIND, "meta"), meta);
            batch.commit();
        }
    }

    /** How many of the review's passages a filter on its id finds (none when their metadata is not indexed). */
    private int passagesOf(Review review) {
        var searcher = index.acquire();
        try {
            return searcher.count(LuceneEmbeddingStore.passages(metadataKey(Passage.REVIEW_ID).isEqualTo(review.id())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
