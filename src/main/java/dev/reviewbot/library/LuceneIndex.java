package dev.reviewbot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
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
 * vectors for nearest-neighbour search. Every write happens in a {@link Batch}: one Lucene commit, atomic
 * and crash-safe, seen by searches (in this process and others) only once it is complete. The write lock
 * is held only while a batch is open, so an `ingest` can run while `chat` runs in another process.
 */
public final class LuceneIndex implements AutoCloseable {

    public static final String KIND = "kind";

    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

    /** A write to the index, run inside a batch. */
    @FunctionalInterface
    public interface Write {
        void apply(IndexWriter writer) throws IOException;
    }

    private final Directory directory;
    private final LongSupplier nanoTime;
    private final Analyzer analyzer = new EnglishAnalyzer();
    /** Held by the thread whose batch is open: one batch at a time, and writes from that thread join it. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile long lastRefresh;
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneIndex(Directory directory) {
        this(directory, System::nanoTime);
    }

    /** @param nanoTime the clock that paces checks for other processes' commits (tests move it by hand) */
    public LuceneIndex(Directory directory, LongSupplier nanoTime) {
        this.directory = directory;
        this.nanoTime = nanoTime;
        this.lastRefresh = nanoTime.getAsLong() - REFRESH_INTERVAL_NANOS;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Opens a batch: takes the write lock (waiting for another thread's batch in this process; failing with a
     * {@link LibraryException} when another process holds it). Nothing written in it is seen until
     * {@link Batch#commit()}; closing it uncommitted throws everything away.
     */
    public Batch batch() {
        if (writing.isHeldByCurrentThread()) {
            throw new IllegalStateException("a batch is already open on this thread");
        }
        writing.lock();
        try {
            return new Batch(openWriter());
        } catch (RuntimeException e) {
            writing.unlock();
            throw e;
        }
    }

    /**
     * Runs one write: inside this thread's open batch it joins that batch; otherwise it is a batch of its
     * own, committed before this returns (so the next search sees it).
     */
    public void write(Write write) {
        try {
            if (writing.isHeldByCurrentThread()) {
                write.apply(writer);
                return;
            }
            try (Batch batch = batch()) {
                write.apply(batch.writer());
                batch.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything written between {@link #batch()} and {@link #commit()}, committed together or not at all. */
    public final class Batch implements AutoCloseable {

        private final IndexWriter batchWriter;
        private boolean open = true;

        private Batch(IndexWriter batchWriter) {
            this.batchWriter = batchWriter;
        }

        public IndexWriter writer() {
            ensureOpen();
            return batchWriter;
        }

        /** Makes the batch durable and visible as one step, and lets go of the write lock. */
        public void commit() {
            ensureOpen();
            open = false;
            try {
                batchWriter.commit();
                batchWriter.close();
                refreshAfterWrite();
            } catch (IOException e) {
                rollbackQuietly();
                throw new UncheckedIOException(e);
            } finally {
                release();
            }
        }

        /** Throws away an uncommitted batch (a failure mid-ingest) and lets go of the write lock. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                batchWriter.rollback();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release();
            }
        }

        private void ensureOpen() {
            if (!open) {
                throw new IllegalStateException("the batch is already committed or rolled back");
            }
        }

        private void rollbackQuietly() {
            try {
                batchWriter.rollback();
            } catch (IOException | RuntimeException ignored) {
                // the commit failed already; that is the error worth reporting
            }
        }

        private void release() {
            synchronized (LuceneIndex.this) {
                writer = null;
            }
            writing.unlock();
        }
    }

    /** The writer for a new batch; an empty index gets its first (empty) commit so that readers can open. */
    private synchronized IndexWriter openWriter() {
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(128));
            if (!exists) {
                writer.commit();
            }
            return writer;
        } catch (LockObtainFailedException e) {
            throw inUse(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LibraryException inUse(LockObtainFailedException e) {
        return new LibraryException("the library is in use by another ReviewBot process (" + e.getMessage() + ")");
    }

    private void refreshAfterWrite() throws IOException {
        searchers().maybeRefreshBlocking();
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
            // A searcher from before the index was closed: nothing left to release.
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

    /** Searchers over the last commit only: what an open batch has written is never seen. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                // An empty commit, so that readers have something to open (a batch open here has made one).
                try (IndexWriter empty = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                    empty.commit();
                } catch (LockObtainFailedException e) {
                    throw inUse(e);
                }
            }
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException ignored) {
            // closing a reader we no longer use
        } finally {
            searchers = null;
        }
        try {
            if (writer != null) {
                writer.rollback();
                writer = null;
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
