package dev.reviewbot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The data directory that holds the persisted library (its Lucene index in {@code index/}): what is wrong
 * with it, in one line that says how to recover, and setting a broken library aside so that
 * {@code reviewbot ingest --rebuild DIR} can build a new one. Nothing is deleted: a broken index is kept
 * beside the new one under another name.
 */
public final class LibraryFolder {

    public static final String INDEX = "index";
    /** The local replica of a library kept in a shared database: a copy, rebuilt from the database at will. */
    public static final String REPLICA = "replica";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LibraryFolder() {
    }

    /** Refuses a data directory that is a file (or anything else that cannot hold a folder). */
    public static void checkUsable(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new LibraryException("the data directory " + dataDir + " is a file, not a folder: move it away, or "
                    + "point REVIEWBOT_DATA_DIR (library.data-dir) at a folder; then `reviewbot ingest --rebuild DIR` "
                    + "builds the library from your review files");
        }
    }

    /** The one-line problem for a library whose index cannot be read. */
    public static LibraryException unreadable(Path dataDir, Throwable cause, Path exampleReviews) {
        Throwable root = cause instanceof UncheckedIOException && cause.getCause() != null ? cause.getCause() : cause;
        String detail = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        detail = detail.replaceAll("\\s*\\(resource=.*$", ""); // Lucene appends the file's internal name
        String why = (root instanceof org.apache.lucene.index.CorruptIndexException
                || root instanceof org.apache.lucene.index.IndexFormatTooOldException
                || root instanceof org.apache.lucene.index.IndexFormatTooNewException
                ? "it is damaged: " : "") + (detail.isEmpty() ? "it cannot be opened" : detail);
        if (why.length() > 160) {
            why = why.substring(0, 157) + "...";
        }
        return new LibraryException("the library in " + dataDir.resolve(INDEX) + " cannot be read (" + why
                + "); rebuild it from your review files with `reviewbot ingest --rebuild " + exampleReviews
                + "` (the broken index is kept aside, not deleted)");
    }

    /**
     * Moves the library's index (or a file standing where the data directory should be) aside, to a name
     * with "broken-" and the time, so that a new library can be built. Returns where it went, if anywhere.
     */
    public static Optional<Path> setAside(Path dataDir, Clock clock) {
        Path broken = Files.isDirectory(dataDir) ? dataDir.resolve(INDEX) : dataDir;
        if (!Files.exists(broken)) {
            return Optional.empty();
        }
        Path aside = broken.resolveSibling(broken.getFileName() + ".broken-" + LocalDateTime.now(clock).format(STAMP));
        try {
            return Optional.of(Files.move(broken, aside));
        } catch (IOException e) {
            throw new LibraryException("cannot move " + broken + " aside to rebuild the library (" + e.getMessage() + ")");
        }
    }

    /** Deletes a folder and everything in it (a replica, which the database can always rebuild). */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new LibraryException("cannot delete " + folder + " to rebuild it (" + e.getMessage() + ")");
        }
    }
}
