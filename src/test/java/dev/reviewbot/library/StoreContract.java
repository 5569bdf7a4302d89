package dev.reviewbot.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithFilteringIT;
import dev.langchain4j.store.embedding.EmbeddingStoreWithRemovalIT;
import dev.reviewbot.TestBots;

/**
 * LangChain4j's own contract for every EmbeddingStore, ready for any store of ours: extend {@link WithFiltering}
 * (EmbeddingStoreWithFilteringIT, which includes EmbeddingStoreIT) and {@link WithRemoval}
 * (EmbeddingStoreWithRemovalIT) and hand each a fresh, empty store ({@link LuceneEmbeddingStoreContractTest}
 * does it for the Lucene store). The in-process MiniLM model embeds the contract's texts.
 */
public final class StoreContract {

    private StoreContract() {
    }

    public abstract static class WithFiltering extends EmbeddingStoreWithFilteringIT {

        private EmbeddingStore<TextSegment> store;

        /** A new, empty store for one test; called once per test, on first use. */
        protected abstract EmbeddingStore<TextSegment> newStore();

        @Override
        protected final EmbeddingStore<TextSegment> embeddingStore() {
            if (store == null) {
                store = newStore();
            }
            return store;
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.reusedModel();
        }

        /** Our stores filter by containsString; the contract then skips its "not supported" test. */
        @Override
        protected boolean supportsContains() {
            return true;
        }
    }

    public abstract static class WithRemoval extends EmbeddingStoreWithRemovalIT {

        private EmbeddingStore<TextSegment> store;

        /** A new, empty store for one test; called once per test, on first use. */
        protected abstract EmbeddingStore<TextSegment> newStore();

        @Override
        protected final EmbeddingStore<TextSegment> embeddingStore() {
            if (store == null) {
                store = newStore();
            }
            return store;
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return TestBots.reusedModel();
        }
    }
}
