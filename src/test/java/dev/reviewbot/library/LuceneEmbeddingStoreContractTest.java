package dev.reviewbot.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * LangChain4j's contract for every EmbeddingStore ({@link StoreContract}) on the Lucene store, in memory and
 * on disk; each test gets a fresh, empty index. No test is skipped but the one the contract switches off for
 * a store that supports containsString.
 */
class LuceneEmbeddingStoreContractTest {

    @TempDir
    Path dataDir;

    private LuceneIndex index;

    private EmbeddingStore<TextSegment> luceneStore(Directory directory) {
        index = new LuceneIndex(directory);
        return new LuceneEmbeddingStore(index);
    }

    private Directory onDisk() {
        try {
            return FSDirectory.open(dataDir.resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    @Nested
    class InMemoryWithFiltering extends StoreContract.WithFiltering {
        @Override
        protected EmbeddingStore<TextSegment> newStore() {
            return luceneStore(new ByteBuffersDirectory());
        }
    }

    @Nested
    class InMemoryWithRemoval extends StoreContract.WithRemoval {
        @Override
        protected EmbeddingStore<TextSegment> newStore() {
            return luceneStore(new ByteBuffersDirectory());
        }
    }

    @Nested
    class OnDiskWithFiltering extends StoreContract.WithFiltering {
        @Override
        protected EmbeddingStore<TextSegment> newStore() {
            return luceneStore(onDisk());
        }
    }

    @Nested
    class OnDiskWithRemoval extends StoreContract.WithRemoval {
        @Override
        protected EmbeddingStore<TextSegment> newStore() {
            return luceneStore(onDisk());
        }
    }
}
