package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.TestBots;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Chunker;
import dev.reviewbot.library.EmbeddedPassage;
import dev.reviewbot.library.LibraryRecord;
import dev.reviewbot.library.LuceneEmbeddingStore;
import dev.reviewbot.library.LuceneIndex;
import dev.reviewbot.library.PassageEmbedder;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.SentencePolarity;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a replica applies the versions another process writes: only the reviews a version changed are read
 * from the database and indexed, the catalog keeps every other review as it was (the same objects, not read
 * back), and versions missed (a gap, a restart) are caught up in one sync.
 */
class ReplicaSyncTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;
    private static List<Review> bundled;

    @TempDir
    Path dataDirs;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void openDatabase() {
        database = POSTGRES.open();
        bundled = new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null).reviews();
    }

    @BeforeEach
    void emptyLibrary() {
        POSTGRES.emptyLibrary();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void aReviewAddedElsewhere_isTheOnlyOneRead_andTheCatalogListsAndRemovesItRightAfter() {
        ReviewLibrary writer = library("writer", new CountingRecord());
        CountingRecord followed = new CountingRecord();
        ReviewLibrary reader = library("reader", followed);
        writer.ingest(bundled.subList(0, 5));
        reader.sync();
        Catalog before = reader.catalog();
        Review added = bundled.get(5);

        writer.ingest(List.of(added));
        followed.written.clear();
        reader.sync();

        Catalog after = reader.catalog();
        assertThat(followed.written).containsExactly(added.id());
        assertThat(after.version()).isEqualTo(writer.version()).isGreaterThan(before.version());
        assertThat(after.review(added.id())).contains(added);
        assertThat(after.reviewsOf(added.title())).containsExactly(added);
        assertThat(after.reviews()).hasSize(6);
        for (Review kept : before.reviews()) {
            assertThat(after.review(kept.id()).orElseThrow()).isSameAs(kept); // kept, not read back from the index
        }
        assertThat(reader.passagesOf(added.id())).isNotEmpty();

        assertThat(reader.remove(added.title())).containsExactly(added.displayName());
        assertThat(reader.catalog().review(added.id())).isEmpty();
        assertThat(reader.passagesOf(added.id())).isEmpty();
        writer.sync();
        assertThat(writer.catalog().review(added.id())).isEmpty();
        assertThat(writer.catalog().films()).isEqualTo(before.films());
    }

    @Test
    void versionsMissed_areCaughtUpInOneSync_inTheirOrder() {
        ReviewLibrary writer = library("writer", new CountingRecord());
        CountingRecord followed = new CountingRecord();
        ReviewLibrary reader = library("reader", followed);
        writer.ingest(bundled.subList(0, 3));
        reader.sync();

        writer.ingest(List.of(bundled.get(3)));
        writer.ingest(List.of(bundled.get(4)));
        writer.removeReviews(List.of(bundled.get(3).id(), bundled.get(0).id()));
        followed.written.clear();
        reader.sync();

        assertThat(followed.written).containsExactly(bundled.get(4).id());
        assertThat(followed.removed).containsExactlyInAnyOrder(bundled.get(3).id(), bundled.get(0).id());
        assertThat(reader.catalog().version()).isEqualTo(writer.version());
        assertThat(ids(reader.catalog())).containsExactlyInAnyOrderElementsOf(ids(writer.catalog()))
                .containsExactlyInAnyOrder(bundled.get(1).id(), bundled.get(2).id(), bundled.get(4).id());
    }

    @Test
    void aFollowingReplica_appliesEachVersionAfterTheLast() {
        ReviewLibrary writer = library("writer", new CountingRecord());
        ReviewLibrary reader = library("reader", new CountingRecord());
        List<Long> applied = new CopyOnWriteArrayList<>();
        opened.add(LibraryFollower.start(database, () -> {
            long version = reader.sync();
            applied.add(version);
            return version;
        }));

        for (Review review : bundled.subList(0, 4)) {
            writer.ingest(List.of(review));
        }
        writer.removeReviews(List.of(bundled.get(1).id()));

        await().atMost(Duration.ofSeconds(10)).until(() -> reader.catalog().version() == writer.version());
        assertThat(applied).isSorted();
        assertThat(ids(reader.catalog())).containsExactlyInAnyOrder(bundled.get(0).id(), bundled.get(2).id(),
                bundled.get(3).id());
    }

    @Test
    void aRestartedReplica_readsOnlyWhatChangedWhileItWasDown() {
        ReviewLibrary writer = library("writer", new CountingRecord());
        ReviewLibrary reader = library("reader", new CountingRecord());
        writer.ingest(bundled.subList(0, 4));
        reader.sync();
        reader.close();
        opened.remove(reader);

        writer.ingest(List.of(bundled.get(4)));
        CountingRecord followed = new CountingRecord();
        ReviewLibrary restarted = library("reader", followed);
        restarted.sync();

        assertThat(followed.written).containsExactly(bundled.get(4).id());
        assertThat(restarted.catalog().version()).isEqualTo(writer.version());
        assertThat(restarted.catalog().reviews()).hasSize(5);
        assertThat(restarted.catalog().titles().titlesIn("how was " + bundled.get(4).title()))
                .containsExactly(bundled.get(4).title());
    }

    private static List<String> ids(Catalog catalog) {
        return catalog.reviews().stream().map(Review::id).toList();
    }

    private ReviewLibrary library(String name, CountingRecord record) {
        try {
            LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDirs.resolve(name)));
            ReviewLibrary library = new ReviewLibrary(index, new LuceneEmbeddingStore(index),
                    new PassageEmbedder(TestBots.model(), "test-model", SentencePolarity.NONE), new Chunker(3, 80), record);
            opened.add(library);
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database's record, noting which reviews its replays hand over. */
    private static final class CountingRecord implements LibraryRecord {

        private final PostgresLibraryRecord record = new PostgresLibraryRecord(database);
        final List<String> written = new CopyOnWriteArrayList<>();
        final List<String> removed = new CopyOnWriteArrayList<>();

        @Override
        public String libraryId() {
            return record.libraryId();
        }

        @Override
        public long version() {
            return record.version();
        }

        @Override
        public Map<String, String> hashes(Collection<String> reviewIds) {
            return record.hashes(reviewIds);
        }

        @Override
        public long write(List<Review> reviews, List<EmbeddedPassage> passages) {
            return record.write(reviews, passages);
        }

        @Override
        public long remove(Collection<String> reviewIds) {
            return record.remove(reviewIds);
        }

        @Override
        public long replay(long since, Changes changes) {
            return record.replay(since, new Changes() {
                @Override
                public void written(Review review, List<EmbeddedPassage> passages) {
                    written.add(review.id());
                    changes.written(review, passages);
                }

                @Override
                public void removed(String reviewId) {
                    removed.add(reviewId);
                    changes.removed(reviewId);
                }
            });
        }
    }
}
