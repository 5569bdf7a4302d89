package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library of its own (one Lucene index) as an operator updates it: an edited review replaces its passages and
 * nothing else, also after a restart; a removal is one new version; re-embedding with nothing stale changes
 * nothing; another process's ingest shows in a review's passages. What is tested is bookkeeping, so a hashing
 * fake stands in for the model.
 */
class LibraryUpdatesTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dataDir;

    private final AtomicLong clock = new AtomicLong();
    private final CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());

    private static final Review HARBOUR = review("Tin Harbour", "The cast is loud and warm. The harbour scenes are shot at dawn.");
    private static final Review QUARRY = review("Quarry Road", "A patient drama about a stonemason. The score is spare.");

    private static Review review(String title, String acting) {
        return new Review(Review.idFor(title, null), title, 2024, null, null, title + ".md",
                List.of(new Section("Acting", acting), new Section("Verdict", "Worth seeing.")));
    }

    private ReviewLibrary open(String modelId) throws IOException {
        LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")), clock::get);
        return new ReviewLibrary(index, new LuceneEmbeddingStore(index),
                new PassageEmbedder(model, modelId, SentencePolarity.NONE), new Chunker(1, 80));
    }

    private static List<String> texts(ReviewLibrary library, Review review) {
        return library.passagesOf(review.id()).stream().map(Passage::text).toList();
    }

    @Test
    void anEditedReview_replacesItsOwnPassagesOnly_alsoAfterARestart() throws IOException {
        Review edited = review("Tin Harbour", "The cast is quiet now.");
        try (ReviewLibrary library = open("m")) {
            library.ingest(List.of(HARBOUR, QUARRY));
            long before = library.version();

            IngestReport report = library.ingest(List.of(edited));

            assertThat(report.updated()).containsExactly("Tin Harbour");
            assertThat(report.passagesEmbedded()).isEqualTo(2);
            assertThat(report.version()).isEqualTo(before + 1);
            assertThat(texts(library, edited)).containsExactly("The cast is quiet now.", "Worth seeing.");
            assertThat(texts(library, QUARRY)).containsExactly("A patient drama about a stonemason.", "The score is spare.",
                    "Worth seeing.");
        }
        try (ReviewLibrary restarted = open("m")) {
            assertThat(restarted.catalog().reviews()).containsExactlyInAnyOrder(edited, QUARRY);
            assertThat(texts(restarted, edited)).containsExactly("The cast is quiet now.", "Worth seeing.");
        }
    }

    @Test
    void aRemoval_isOneNewVersion_andLeavesTheOtherReviewsPassages() throws IOException {
        try (ReviewLibrary library = open("m")) {
            library.ingest(List.of(HARBOUR, QUARRY));
            long before = library.version();

            assertThat(library.remove("Tin Harbour")).containsExactly("Tin Harbour");

            assertThat(library.version()).isEqualTo(before + 1);
            assertThat(library.passagesOf(HARBOUR.id())).isEmpty();
            assertThat(texts(library, QUARRY)).hasSize(3);
        }
        try (ReviewLibrary restarted = open("m")) {
            assertThat(restarted.version()).isEqualTo(2);
            assertThat(restarted.catalog().films()).containsExactly("Quarry Road");
        }
    }

    @Test
    void reEmbedding_reportsItsProgress_andWithNothingStaleChangesNothing() throws IOException {
        try (ReviewLibrary library = open("model-a")) {
            library.ingest(List.of(HARBOUR, QUARRY));
        }
        try (ReviewLibrary library = open("model-b")) {
            List<Integer> progress = new ArrayList<>();
            assertThat(library.reembedStale(progress::add)).isEqualTo(6);
            assertThat(progress).containsExactly(6);
            long version = library.version();
            progress.clear();

            assertThat(library.reembedStale(progress::add)).isZero();

            assertThat(progress).isEmpty();
            assertThat(library.version()).isEqualTo(version);
            assertThat(texts(library, HARBOUR)).hasSize(3);
        }
    }

    @Test
    void anotherProcessesIngest_showsInAReviewsPassages_aSecondAfterTheLastLook() throws IOException {
        try (ReviewLibrary reader = open("m")) {
            assertThat(reader.catalog().reviews()).isEmpty();
            try (ReviewLibrary writer = open("m")) {
                writer.ingest(List.of(QUARRY));
            }
            clock.addAndGet(SECOND);

            assertThat(texts(reader, QUARRY)).hasSize(3);
        }
    }
}
