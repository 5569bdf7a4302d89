package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator is told about a data directory that cannot hold the library, and how it is set aside. */
class LibraryFolderTest {

    @TempDir
    Path dir;

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-04T12:05:06Z"), ZoneOffset.UTC);

    @Test
    void aDataDirectoryThatIsAFile_isRefused_aFolderOrNothingYetIsFine() throws IOException {
        Path file = Files.writeString(dir.resolve("data"), "x");

        assertThatThrownBy(() -> LibraryFolder.checkUsable(file)).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("the data directory " + file + " is a file, not a folder");
        assertThatCode(() -> LibraryFolder.checkUsable(dir)).doesNotThrowAnyException();
        assertThatCode(() -> LibraryFolder.checkUsable(dir.resolve("new"))).doesNotThrowAnyException();
    }

    @Test
    void aDamagedIndex_isNamedDamaged_withoutLucenesInternalFileName_andTheRebuildCommand() {
        var corrupt = new CorruptIndexException("checksum failed", "segments_3");

        LibraryException problem = LibraryFolder.unreadable(dir, new UncheckedIOException(corrupt), Path.of("reviews"));

        assertThat(problem.getMessage()).isEqualTo("the library in " + dir.resolve("index")
                + " cannot be read (it is damaged: checksum failed); rebuild it from your review files with "
                + "`reviewbot ingest --rebuild reviews` (the broken index is kept aside, not deleted)");
    }

    @Test
    void anotherProblem_keepsItsFirstLine_cutAt160Characters() {
        String longLine = "x".repeat(200);

        assertThat(LibraryFolder.unreadable(dir, new IOException(longLine + "\nsecond line"), Path.of("r")).getMessage())
                .contains("cannot be read (" + "x".repeat(157) + "...); rebuild").doesNotContain("second line")
                .doesNotContain("damaged");
        assertThat(LibraryFolder.unreadable(dir, new IOException("x".repeat(160)), Path.of("r")).getMessage())
                .contains("(" + "x".repeat(160) + ")");
        assertThat(LibraryFolder.unreadable(dir, new IllegalStateException(), Path.of("r")).getMessage())
                .contains("cannot be read (it cannot be opened)");
        assertThat(LibraryFolder.unreadable(dir, new UncheckedIOException("wrapped", new IOException("disk gone")),
                Path.of("r")).getMessage()).contains("(disk gone)");
    }

    @Test
    void aBrokenIndex_isSetAsideUnderAStampedName_withItsContents() throws IOException {
        Files.createDirectories(dir.resolve("index"));
        Files.writeString(dir.resolve("index/segments_1"), "kept");

        Path aside = LibraryFolder.setAside(dir, NOON).orElseThrow();

        assertThat(aside).isEqualTo(dir.resolve("index.broken-20260304-120506"));
        assertThat(Files.readString(aside.resolve("segments_1"))).isEqualTo("kept");
        assertThat(dir.resolve("index")).doesNotExist();
        assertThat(LibraryFolder.setAside(dir, NOON)).isEmpty();
    }

    @Test
    void aFileWhereTheDataDirectoryShouldBe_isSetAsideItself() throws IOException {
        Path file = Files.writeString(dir.resolve("data"), "x");

        assertThat(LibraryFolder.setAside(file, NOON)).contains(dir.resolve("data.broken-20260304-120506"));
        assertThat(file).doesNotExist();
    }

    @Test
    void aReplicaFolder_isDeletedWithEverythingInIt_andAMissingOneIsNoProblem() throws IOException {
        Path replica = Files.createDirectories(dir.resolve("replica/sub"));
        Files.writeString(replica.resolve("f"), "x");

        LibraryFolder.delete(dir.resolve("replica"));
        LibraryFolder.delete(dir.resolve("replica"));

        assertThat(dir.resolve("replica")).doesNotExist();
        assertThat(dir).exists();
    }
}
