package dev.reviewbot.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithFilteringIT;
import dev.langchain4j.store.embedding.EmbeddingStoreWithRemovalIT;
import dev.reviewbot.TestBots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * LangChain4j's own contract for every EmbeddingStore (EmbeddingStoreWithFilteringIT, which includes
 * EmbeddingStoreIT, and EmbeddingStoreWithRemovalIT), run on the Lucene store in memory and on disk, with
 * the in-process MiniLM model. Each test gets a fresh, empty index. Another store passes the same contract
 * with a class like this one: two nested subclasses that hand the contract a fresh store and the model.
 */
class LuceneEmbeddingStoreContractTest {

    @TempDir
    Path dataDir;

    private LuceneIndex index;
    private EmbeddingStore<TextSegment> store;

    /** The test's store, opened on first use (after JUnit has made the temporary folder). */
    private EmbeddingStore<TextSegment> store(Supplier<Directory> directory) {
        if (store == null) {
            index = new LuceneIndex(directory.get());
            store = new LuceneEmbeddingStore(index);
        }
        return store;
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
    class InMemoryWithFiltering extends EmbeddingStoreWithFilteringIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store(ByteBuffersDirectory::new);
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.model();
        }

        /** The store filters by containsString; the contract then skips its "not supported" test. */
        @Override
        protected boolean supportsContains() {
            return true;
        }
    }

    @Nested
    class InMemoryWithRemoval extends EmbeddingStoreWithRemovalIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store(ByteBuffersDirectory::new);
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.model();
        }
    }

    @Nested
    class OnDiskWithFiltering extends EmbeddingStoreWithFilteringIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store(LuceneEmbeddingStoreContractTest.this::onDisk);
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.model();
        }

        /** The store filters by containsString; the contract then skips its "not supported" test. */
        @Override
        protected boolean supportsContains() {
            return true;
        }
    }

    @Nested
    class OnDiskWithRemoval extends EmbeddingStoreWithRemovalIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store(LuceneEmbeddingStoreContractTest.this::onDisk);
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.model();
        }
    }
}
