package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's promises to the library: a batch is seen whole once committed and not at all otherwise, one
 * batch per thread, a lone write is committed at once, and another process's commit is seen once a second
 * has passed since the last look (exactly a second, not before).
 */
class LuceneIndexTest {

    @TempDir
    Path dataDir;

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        return doc;
    }

    private static int count(LuceneIndex index, String id) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(new TermQuery(new Term("id", id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void aBatch_isSeenOnlyOnceCommitted_andAnUncommittedOneNever() throws IOException {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory())) {
            try (LuceneIndex.Batch batch = index.batch()) {
                batch.writer().addDocument(doc("kept"));
                assertThat(count(index, "kept")).isZero();
                batch.commit();
                batch.close(); // closing after the commit undoes nothing
            }
            try (LuceneIndex.Batch batch = index.batch()) {
                batch.writer().addDocument(doc("dropped"));
            }

            assertThat(count(index, "kept")).isOne();
            assertThat(count(index, "dropped")).isZero();
        }
    }

    @Test
    void aCommittedBatch_cannotBeWrittenToOrCommittedAgain_andTheNextBatchMayOpen() {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory())) {
            LuceneIndex.Batch batch = index.batch();
            batch.commit();

            assertThatThrownBy(batch::writer).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
            try (LuceneIndex.Batch next = index.batch()) {
                assertThat(next.writer().isOpen()).isTrue();
            }
        }
    }

    @Test
    void oneBatchPerThread() {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory()); LuceneIndex.Batch batch = index.batch()) {
            assertThatThrownBy(index::batch).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void aLoneWrite_isCommittedAtOnce_butInsideABatchItWaitsForTheBatch() {
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory())) {
            index.write(writer -> writer.addDocument(doc("alone")));
            assertThat(count(index, "alone")).isOne();

            try (LuceneIndex.Batch batch = index.batch()) {
                index.write(writer -> writer.addDocument(doc("joined")));
                assertThat(count(index, "joined")).isZero();
            }
            assertThat(count(index, "joined")).isZero();
        }
    }

    @Test
    void anotherProcessesCommit_isSeenExactlyASecondAfterTheLastLook() throws IOException {
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        try (LuceneIndex reader = new LuceneIndex(FSDirectory.open(dataDir), clock::get);
             LuceneIndex writer = new LuceneIndex(FSDirectory.open(dataDir))) {
            reader.refresh(); // the first look happens at once
            assertThat(count(reader, "other")).isZero();
            writer.write(w -> w.addDocument(doc("other")));

            clock.addAndGet(999_999_999L);
            reader.refresh();
            assertThat(count(reader, "other")).as("before a second has passed").isZero();

            clock.addAndGet(1L);
            reader.refresh();
            assertThat(count(reader, "other")).as("a second after the last look").isOne();
        }
    }

    @Test
    void aFreshIndex_isReadableAtOnce_empty() throws IOException {
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDir.resolve("new")))) {
            assertThat(count(index, "anything")).isZero();
        }
    }

    @Test
    void aSearcherFromBeforeClosing_isReleasedQuietly() {
        LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory());
        IndexSearcher searcher = index.acquire();
        index.close();

        org.assertj.core.api.Assertions.assertThatCode(() -> index.release(searcher)).doesNotThrowAnyException();
    }

    @Test
    void aWriteWhileAnotherProcessHoldsTheLibrary_namesTheProblem() throws IOException {
        try (LuceneIndex holder = new LuceneIndex(FSDirectory.open(dataDir));
             LuceneIndex.Batch batch = holder.batch();
             LuceneIndex other = new LuceneIndex(FSDirectory.open(dataDir))) {
            assertThatThrownBy(() -> other.write(w -> w.addDocument(doc("x")))).isInstanceOf(LibraryException.class)
                    .hasMessageStartingWith("the library is in use by another ReviewBot process");
            // and the lock was let go: this thread may open a batch on the other index once the holder is done
            batch.close();
            other.write(w -> w.addDocument(doc("x")));
            assertThat(count(other, "x")).isOne();
        }
    }

    @Test
    void closingWhileABatchIsOpen_dropsItsWrites_andFreesTheLibraryForTheNextProcess() throws IOException {
        LuceneIndex first = new LuceneIndex(FSDirectory.open(dataDir));
        first.write(writer -> writer.addDocument(doc("kept")));
        LuceneIndex.Batch open = first.batch();
        open.writer().addDocument(doc("half-written"));

        first.close();

        try (LuceneIndex next = new LuceneIndex(FSDirectory.open(dataDir))) {
            next.write(writer -> writer.addDocument(doc("after")));
            assertThat(count(next, "kept")).isEqualTo(1);
            assertThat(count(next, "half-written")).isZero();
            assertThat(count(next, "after")).isEqualTo(1);
        }
    }
}
