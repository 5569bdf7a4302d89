package dev.reviewbot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The one Lucene index that holds the library: review documents, passage text for BM25 and passage
 * vectors for nearest-neighbour search. A Lucene commit is atomic, so a crash mid-ingest leaves the last
 * committed library whole.
 */
public final class LuceneIndex implements AutoCloseable {

    public static final String KIND = "kind";

    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

    private final Directory directory;
    private final java.util.function.LongSupplier nanoTime;
    private volatile long lastRefresh;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneIndex(Directory directory) {
        this(directory, System::nanoTime);
    }

    /** @param nanoTime the clock that paces checks for other processes' commits (tests move it by hand) */
    public LuceneIndex(Directory directory, java.util.function.LongSupplier nanoTime) {
        this.directory = directory;
        this.nanoTime = nanoTime;
        this.lastRefresh = nanoTime.getAsLong() - REFRESH_INTERVAL_NANOS;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The writer, opened on first use so that read-only commands never take the write lock. */
    public synchronized IndexWriter writer() {
        if (writer == null) {
            try {
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(128));
            } catch (LockObtainFailedException e) {
                throw new LibraryException("the library is in use by another ReviewBot process (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return writer;
    }

    /**
     * Makes everything written since the last commit durable and visible, as one step, then lets go of the
     * write lock so that another process (an `ingest` while `chat` runs) can write next.
     */
    public synchronized void commit() {
        try {
            writer().commit();
            writer.close();
            writer = null;
            searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws away everything written since the last commit. */
    public synchronized void rollback() {
        if (writer == null) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer = null;
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers().acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers().release(searcher);
        } catch (IOException | AlreadyClosedException e) {
            // A searcher from before a rollback: nothing left to release.
        }
    }

    /**
     * Sees commits made by other processes (an `ingest` while `chat` runs), checking the disk at most once
     * a second so the question path stays a memory lookup.
     */
    public void refresh() {
        long now = nanoTime.getAsLong();
        if (now - lastRefresh < REFRESH_INTERVAL_NANOS) {
            return;
        }
        lastRefresh = now;
        try {
            searchers().maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searchers over the last commit only: what an ingest has written but not committed is never seen. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                // An empty commit, so that readers have something to open.
                try (IndexWriter empty = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                    empty.commit();
                } catch (LockObtainFailedException e) {
                    throw new LibraryException("the library is in use by another ReviewBot process (" + e.getMessage() + ")");
                }
            }
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    private void closeSearchers() {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException ignored) {
            // closing a reader we no longer use
        } finally {
            searchers = null;
        }
    }

    @Override
    public synchronized void close() {
        closeSearchers();
        try {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
