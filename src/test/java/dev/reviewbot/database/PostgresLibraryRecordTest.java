package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.library.EmbeddedPassage;
import dev.reviewbot.library.LibraryRecord;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The library's rows in a real PostgreSQL, written and replayed through {@link PostgresLibraryRecord} alone:
 * hand-built reviews and passages with vectors of a few dimensions, so no embedding model and no index.
 * What a replica receives is what was written, field by field; versions grow by one per change.
 */
class PostgresLibraryRecordTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;

    private final PostgresLibraryRecord record = new PostgresLibraryRecord(database);
    /** The version of the empty library each test starts from. */
    private long base;

    @BeforeAll
    static void openDatabase() {
        database = POSTGRES.open();
    }

    @BeforeEach
    void emptyLibrary() {
        POSTGRES.emptyLibrary();
        base = record.version();
    }

    @Test
    void aWrite_isReplayedFieldByField_vectorsExactly_passagesInTheirOrder() {
        Review full = new Review("lantern-bay/odette-brill", "Lantern Bay", 2021, "Odette Brill", "4/5", "lantern-bay.md",
                List.of(new Section("Verdict", "Go."), new Section("Acting", "Fine."), new Section("Music", "Lise Dahl.")));
        Review sparse = new Review("marrow-lane/anonymous", "Marrow Lane", null, null, null, null,
                List.of(new Section("Review", "Slow.")));
        EmbeddedPassage music = passage(full, 2, 0, "Lise Dahl.", new Polarities(List.of(0.5, -0.25)),
                List.of("music", "score"), new float[] {0.1f, -0.0f, Float.MAX_VALUE, 1.0e-38f});
        EmbeddedPassage verdict = passage(full, 0, 0, "Go.", Polarities.NONE, null, new float[] {1f, 2f, 3f, 4f});
        EmbeddedPassage acting = passage(full, 1, 1, "Fine.", Polarities.NONE, List.of(), new float[] {-1f, 0f, 0f, 0f});
        EmbeddedPassage slow = passage(sparse, 0, 0, "Slow.", Polarities.NONE, null, new float[] {0f, 0f, 0f, 9f});

        long version = record.write(List.of(full, sparse), List.of(music, verdict, acting, slow));

        assertThat(version).isEqualTo(base + 1).isEqualTo(record.version());
        Replay replay = replay(0);
        assertThat(replay.reviews()).containsExactly(full, sparse);
        assertThat(replay.passages().get(full.id())).containsExactly(verdict.passage(), acting.passage(), music.passage());
        assertThat(replay.embedded().get(full.id())).allSatisfy(p -> assertThat(p.embeddedBy()).isEqualTo("test-model"));
        assertThat(replay.embedded().get(full.id()).get(2).vector()).containsExactly(music.vector());
        assertThat(replay.embedded().get(full.id()).get(0).vector()).containsExactly(verdict.vector());
        assertThat(replay.passages().get(sparse.id())).containsExactly(slow.passage());
        assertThat(replay.version()).isEqualTo(version);
        assertThat(record.hashes(List.of(full.id(), sparse.id(), "not/stored")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(full.id(), full.contentHash(), sparse.id(), sparse.contentHash()));
    }

    @Test
    void aReviewWrittenAgain_replacesItsSectionsAndPassages() {
        Review first = review("a/one", "First take.", "Second paragraph.");
        record.write(List.of(first), List.of(passage(first, 0, 0), passage(first, 1, 0)));
        Review rewritten = review("a/one", "Rewritten.");

        long version = record.write(List.of(rewritten), List.of(passage(rewritten, 0, 0)));

        assertThat(version).isEqualTo(base + 2);
        Replay replay = replay(0);
        assertThat(replay.reviews()).containsExactly(rewritten);
        assertThat(replay.passages().get("a/one")).extracting(Passage::text).containsExactly("Rewritten.");
        assertThat(record.hashes(List.of("a/one"))).containsEntry("a/one", rewritten.contentHash());
    }

    @Test
    void removing_takesANewVersion_removingNothingStored_takesNone() {
        Review kept = review("k/kept", "Kept.");
        Review gone = review("g/gone", "Gone.");
        record.write(List.of(kept, gone), List.of(passage(kept, 0, 0), passage(gone, 0, 0)));

        assertThat(record.remove(List.of(gone.id(), "never/stored"))).isEqualTo(base + 2);
        assertThat(record.remove(List.of("never/stored"))).isEqualTo(base + 2);
        assertThat(record.remove(List.of(gone.id()))).isEqualTo(base + 2);

        assertThat(record.version()).isEqualTo(base + 2);
        assertThat(replay(0).reviews()).containsExactly(kept);
        Replay since = replay(base + 1);
        assertThat(since.removed()).containsExactly(gone.id());
        assertThat(since.reviews()).isEmpty();
        assertThat(since.version()).isEqualTo(base + 2);
    }

    @Test
    void replayingFromAVersion_handsOverOnlyWhatChangedSince_eachOnce() {
        Review a = review("a/a", "A.");
        Review b = review("b/b", "B.");
        Review c = review("c/c", "C.");
        record.write(List.of(a, b), List.of(passage(a, 0, 0), passage(b, 0, 0)));
        Review b2 = review("b/b", "B, again.");
        record.write(List.of(b2), List.of(passage(b2, 0, 0)));
        record.write(List.of(c), List.of(passage(c, 0, 0)));
        record.remove(List.of(c.id()));
        record.write(List.of(b2), List.of(passage(b2, 0, 0)));

        Replay since = replay(base + 1);

        assertThat(since.reviews()).containsExactly(b2);
        assertThat(since.removed()).containsExactly(c.id());
        assertThat(since.passages().get(b2.id())).extracting(Passage::text).containsExactly("B, again.");
        assertThat(since.version()).isEqualTo(base + 5);
    }

    @Test
    void replayingFromTheCurrentVersion_handsOverNothing() {
        Review a = review("a/a", "A.");
        long version = record.write(List.of(a), List.of(passage(a, 0, 0)));

        Replay current = replay(version);
        Replay ahead = replay(version + 3); // a replica of a database restored from an older backup

        assertThat(current.reviews()).isEmpty();
        assertThat(current.removed()).isEmpty();
        assertThat(current.version()).isEqualTo(version);
        assertThat(ahead.reviews()).isEmpty();
        assertThat(ahead.version()).isEqualTo(version);
        assertThat(replay(0).version()).isEqualTo(version);
    }

    @Test
    void moreReviewsThanOnePage_areEachHandedOverOnce_fromTheStartAndFromAVersion() {
        List<Review> many = many("m", LibraryRows.PAGE * 2 + 3);
        long first = record.write(many.subList(0, 1), List.of());
        record.write(many, many.stream().map(r -> passage(r, 0, 0)).toList());

        Replay all = replay(0);
        Replay since = replay(first);

        assertThat(all.reviews()).containsExactlyInAnyOrderElementsOf(many).doesNotHaveDuplicates();
        assertThat(all.passages()).hasSize(many.size());
        assertThat(since.reviews()).containsExactlyInAnyOrderElementsOf(many).doesNotHaveDuplicates();
        assertThat(since.passages()).hasSize(many.size());
    }

    @Test
    void aReplay_seesOneVersion_evenWhileAnotherProcessWrites() {
        List<Review> many = many("s", LibraryRows.PAGE + 10);
        long version = record.write(many, List.of());
        Review last = many.stream().max(Comparator.comparing(Review::id)).orElseThrow(); // on the last page
        Review added = review("zz/added-meanwhile", "Added meanwhile.");
        PostgresLibraryRecord otherProcess = new PostgresLibraryRecord(database);

        Replay replay = new Replay();
        long replayed = record.replay(0, new LibraryRecord.Changes() {
            @Override
            public void written(Review review, List<EmbeddedPassage> passages) {
                if (replay.reviews().isEmpty()) { // after the first page was read, before the second
                    otherProcess.remove(List.of(last.id()));
                    otherProcess.write(List.of(added), List.of());
                }
                replay.written(review, passages);
            }

            @Override
            public void removed(String reviewId) {
                replay.removed(reviewId);
            }
        });

        assertThat(replayed).isEqualTo(version);
        assertThat(replay.reviews()).containsExactlyInAnyOrderElementsOf(many);
        Replay next = replay(replayed);
        assertThat(next.reviews()).containsExactly(added);
        assertThat(next.removed()).containsExactly(last.id());
    }

    @Test
    void theLibraryId_isTheDatabasesOwn_andStable() {
        String id = record.libraryId();

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(record.libraryId()).isEqualTo(id);
        assertThat(new PostgresLibraryRecord(database).libraryId()).isEqualTo(id);
    }

    @Test
    void theSizeInBytes_growsWithTheLibrary() {
        long empty = record.sizeInBytes();
        List<Review> many = many("big", 300);
        record.write(many, many.stream().map(r -> passage(r, 0, 0)).toList());

        assertThat(empty).isPositive();
        assertThat(record.sizeInBytes()).isGreaterThan(empty);
    }

    @Test
    void aWriteTheDatabaseRefuses_storesNothingOfIt_oneLineError() {
        Review stored = review("s/stored", "Stored.");
        record.write(List.of(stored), List.of(passage(stored, 0, 0)));
        Review rewritten = review("s/stored", "Rewritten.");
        Review broken = review("b/broken", "A NUL \u0000 in it."); // PostgreSQL text cannot hold NUL

        assertThatThrownBy(() -> record.write(List.of(rewritten, broken), List.of()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot write the library to the database at " + POSTGRES.url())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThat(record.version()).isEqualTo(base + 1);
        assertThat(replay(0).reviews()).containsExactly(stored);
    }

    @Test
    void aClosedDatabase_readsAndWritesFail_inOneLine() {
        Database closed = Database.open(POSTGRES.settings(), Optional.empty());
        PostgresLibraryRecord gone = new PostgresLibraryRecord(closed);
        closed.close();

        assertThatThrownBy(gone::version).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot read the library from the database at " + POSTGRES.url());
        assertThatThrownBy(() -> gone.replay(0, new Replay())).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot read the library from the database at");
        assertThatThrownBy(() -> gone.remove(List.of("a/a"))).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot remove reviews from the database at");
    }

    /** What a replay handed over, in order. */
    private static final class Replay implements LibraryRecord.Changes {
        private final List<Review> reviews = new ArrayList<>();
        private final Map<String, List<EmbeddedPassage>> embedded = new LinkedHashMap<>();
        private final List<String> removed = new ArrayList<>();
        private long version;

        @Override
        public void written(Review review, List<EmbeddedPassage> passages) {
            reviews.add(review);
            embedded.put(review.id(), passages);
        }

        @Override
        public void removed(String reviewId) {
            removed.add(reviewId);
        }

        List<Review> reviews() {
            return reviews;
        }

        Map<String, List<EmbeddedPassage>> embedded() {
            return embedded;
        }

        Map<String, List<Passage>> passages() {
            Map<String, List<Passage>> passages = new LinkedHashMap<>();
            embedded.forEach((id, list) -> passages.put(id, list.stream().map(EmbeddedPassage::passage).toList()));
            return passages;
        }

        List<String> removed() {
            return removed;
        }

        long version() {
            return version;
        }
    }

    private Replay replay(long since) {
        Replay replay = new Replay();
        replay.version = record.replay(since, replay);
        return replay;
    }

    private static Review review(String id, String... sections) {
        return new Review(id, id.substring(0, id.indexOf('/')), 2020, "Reviewer", null, id + ".md",
                IntStream.range(0, sections.length).mapToObj(i -> new Section("Part " + i, sections[i])).toList());
    }

    private static List<Review> many(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> review(prefix + i + "/r", "Review number " + i + ".")).toList();
    }

    private static EmbeddedPassage passage(Review review, int section, int index) {
        return passage(review, section, index, review.sections().get(section).text(), Polarities.NONE, null,
                new float[] {section, index, 0.5f, -1f});
    }

    private static EmbeddedPassage passage(Review review, int section, int index, String text, Polarities polarities,
                                           List<String> aspects, float[] vector) {
        Passage passage = new Passage(review.id() + "#" + section + "." + index, review.id(), review.title(),
                review.reviewer(), review.sections().get(section).name(), section, index, text, polarities, aspects);
        return new EmbeddedPassage(passage, "test-model", vector);
    }
}
