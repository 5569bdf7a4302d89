package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.database.Database;
import dev.reviewbot.database.PostgresDatabase;
import dev.reviewbot.database.PostgresLibraryRecord;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library kept in PostgreSQL, as processes that share it meet it: what one ingests, removes or re-embeds is
 * stored once and every replica (its own Lucene index) shows it after a sync, passages and all, without
 * embedding again. Small reviews made here and a hashing model keep it fast; the database is a real one (one
 * server per JVM, a database for this class).
 */
class RecordedLibraryTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;

    @TempDir
    Path dataDirs;

    private final CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());
    private final List<ReviewLibrary> opened = new ArrayList<>();

    private static final Review HARBOUR = review("Tin Harbour", "Ivy Lamb",
            "The cast is loud and warm. The harbour scenes are shot at dawn.", "Go for the ending. It earns its tears.");
    private static final Review QUARRY = review("Quarry Road", null,
            "A patient drama about a stonemason. The score is spare.", "Worth the wait.");

    @BeforeAll
    static void openDatabase() {
        database = POSTGRES.open();
    }

    @BeforeEach
    void emptyLibrary() {
        POSTGRES.emptyLibrary();
    }

    @AfterEach
    void close() {
        opened.forEach(ReviewLibrary::close);
    }

    private static Review review(String title, String reviewer, String acting, String verdict) {
        return new Review(Review.idFor(title, reviewer), title, 2024, reviewer, null, title + ".md",
                List.of(new Section("Acting", acting), new Section("Verdict", verdict)));
    }

    /** A process's library: its own index in {@code name}, the shared record, passages tagged by {@code modelId}. */
    private ReviewLibrary library(String name, String modelId) {
        try {
            LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDirs.resolve(name)));
            ReviewLibrary library = new ReviewLibrary(index, new LuceneEmbeddingStore(index),
                    new PassageEmbedder(model, modelId, SentencePolarity.NONE), new Chunker(1, 80),
                    new PostgresLibraryRecord(database));
            opened.add(library);
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(ReviewLibrary library, Review review) {
        return library.passagesOf(review.id()).stream().map(Passage::text).toList();
    }

    @Test
    void anIngest_isStoredOnce_andAnotherReplicaShowsIt_passagesAndAll_withoutEmbedding() {
        ReviewLibrary writer = library("writer", "m");
        ReviewLibrary reader = library("reader", "m");
        long empty = reader.sync();

        IngestReport report = writer.ingest(List.of(HARBOUR, QUARRY));
        int embedded = model.embedded.get();
        long version = reader.sync();

        assertThat(report.added()).containsExactly("Tin Harbour (review by Ivy Lamb)", "Quarry Road");
        assertThat(report.passagesEmbedded()).isEqualTo(embedded).isEqualTo(7);
        assertThat(report.version()).isEqualTo(version).isGreaterThan(empty);
        assertThat(writer.catalog().films()).containsExactly("Quarry Road", "Tin Harbour");
        assertThat(reader.catalog().films()).containsExactly("Quarry Road", "Tin Harbour");
        assertThat(reader.version()).isEqualTo(version);
        assertThat(texts(reader, HARBOUR)).containsExactly("The cast is loud and warm.", "The harbour scenes are shot at dawn.",
                "Go for the ending.", "It earns its tears.");
        assertThat(texts(reader, QUARRY)).isEqualTo(texts(writer, QUARRY)).hasSize(3);
        assertThat(model.embedded.get()).isEqualTo(embedded);
        assertThat(reader.sync()).as("nothing new").isEqualTo(version);
    }

    @Test
    void anUnchangedReview_isNotStoredAgain_aChangedOneReplacesItsPassages_andTheLastOfOneIdWins() {
        ReviewLibrary writer = library("writer", "m");
        ReviewLibrary reader = library("reader", "m");
        long first = writer.ingest(List.of(HARBOUR, QUARRY)).version();
        reader.sync();
        model.embedded.set(0);

        IngestReport again = writer.ingest(List.of(HARBOUR, QUARRY));
        Review edited = review("Tin Harbour", "Ivy Lamb", "The cast is quiet now.", "Skip it.");
        Review draft = review("Quarry Road", null, "A draft.", "Not final.");
        IngestReport changed = writer.ingest(List.of(edited, QUARRY, draft, QUARRY));
        reader.sync();

        assertThat(again.unchanged()).containsExactly("Tin Harbour (review by Ivy Lamb)", "Quarry Road");
        assertThat(again.passagesEmbedded()).isZero();
        assertThat(again.version()).isEqualTo(first);
        assertThat(changed.updated()).containsExactly("Tin Harbour (review by Ivy Lamb)");
        assertThat(changed.unchanged()).containsExactly("Quarry Road");
        assertThat(changed.passagesEmbedded()).isEqualTo(2).isEqualTo(model.embedded.get());
        assertThat(changed.version()).isEqualTo(first + 1);
        assertThat(texts(reader, edited)).containsExactly("The cast is quiet now.", "Skip it.");
        assertThat(texts(writer, edited)).containsExactly("The cast is quiet now.", "Skip it.");
        assertThat(reader.catalog().review(edited.id())).contains(edited);
        assertThat(reader.catalog().reviews()).hasSize(2);
    }

    @Test
    void aRemoval_isStoredOnce_andEveryReplicaDropsTheReviewAndItsPassages() {
        ReviewLibrary writer = library("writer", "m");
        ReviewLibrary reader = library("reader", "m");
        writer.ingest(List.of(HARBOUR, QUARRY));
        reader.sync();
        long before = reader.version();

        List<String> removed = reader.removeReviews(List.of(HARBOUR.id(), "no-such/review", HARBOUR.id()));
        writer.sync();

        assertThat(removed).containsExactly("Tin Harbour (review by Ivy Lamb)");
        assertThat(reader.version()).isEqualTo(before + 1);
        assertThat(writer.catalog().films()).containsExactly("Quarry Road");
        assertThat(writer.passagesOf(HARBOUR.id())).isEmpty();
        assertThat(reader.passagesOf(HARBOUR.id())).isEmpty();
        assertThat(texts(writer, QUARRY)).hasSize(3);
        assertThat(writer.removeReviews(List.of("no-such/review"))).isEmpty();
        assertThat(writer.remove("Tin Harbour")).isEmpty();
        assertThat(writer.version()).isEqualTo(before + 1);
    }

    @Test
    void aReplicaOpenedWithAnotherModel_reEmbedsWhatTheOldOneEmbedded_once_forEveryReplica() {
        ReviewLibrary old = library("old", "model-a");
        old.ingest(List.of(HARBOUR, QUARRY));
        ReviewLibrary updated = library("updated", "model-b");
        updated.sync();
        model.embedded.set(0);
        List<Integer> progress = new ArrayList<>();
        long before = updated.version();

        assertThat(updated.stalePassages()).isEqualTo(7);
        int done = updated.reembedStale(progress::add);

        assertThat(done).isEqualTo(7).isEqualTo(model.embedded.get());
        assertThat(progress).containsExactly(7);
        assertThat(updated.stalePassages()).isZero();
        assertThat(updated.version()).isGreaterThan(before);
        assertThat(updated.reembedStale(progress::add)).isZero();
        old.sync();
        assertThat(old.stalePassages()).as("model-b's passages, seen by a model-a process").isEqualTo(7);
        assertThat(texts(old, HARBOUR)).hasSize(4);
    }

    @Test
    void anIndexThatWasALibraryOfItsOwn_isRebuiltFromTheDatabase() throws IOException {
        LuceneIndex localIndex = new LuceneIndex(FSDirectory.open(dataDirs.resolve("shared-dir")));
        try (ReviewLibrary local = new ReviewLibrary(localIndex, new LuceneEmbeddingStore(localIndex),
                new PassageEmbedder(model, "m", SentencePolarity.NONE), new Chunker(1, 80))) {
            local.ingest(List.of(QUARRY));
        }
        library("writer", "m").ingest(List.of(HARBOUR));

        ReviewLibrary replica = library("shared-dir", "m");
        replica.sync();

        assertThat(replica.catalog().films()).containsExactly("Tin Harbour");
        assertThat(replica.passagesOf(QUARRY.id())).isEmpty();
        assertThat(texts(replica, HARBOUR)).hasSize(4);
    }

    @Test
    void aRestartedReplica_showsItsIndexBeforeItsFirstSync_andReadsAgainOnlyWhatChanged() {
        ReviewLibrary writer = library("writer", "m");
        writer.ingest(List.of(HARBOUR, QUARRY));
        ReviewLibrary reader = library("reader", "m");
        reader.sync();
        reader.close();
        opened.remove(reader);

        ReviewLibrary restarted = library("reader", "m");
        Catalog shown = restarted.catalog();
        long version = restarted.sync();

        assertThat(shown.films()).containsExactly("Quarry Road", "Tin Harbour");
        assertThat(version).isEqualTo(writer.version());
        // Nothing new: the catalog read from the index at start is kept, not rebuilt from the database.
        assertThat(restarted.catalog()).isSameAs(shown);

        Review edited = review("Tin Harbour", "Ivy Lamb", "The cast is quiet now.", "Skip it.");
        writer.ingest(List.of(edited));
        restarted.sync();

        assertThat(restarted.catalog().review(edited.id())).contains(edited);
        assertThat(restarted.catalog().review(QUARRY.id()).orElseThrow()).isSameAs(shown.review(QUARRY.id()).orElseThrow());
        assertThat(texts(restarted, edited)).containsExactly("The cast is quiet now.", "Skip it.");
    }
}
