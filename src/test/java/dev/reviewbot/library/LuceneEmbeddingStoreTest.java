package dev.reviewbot.library;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The Lucene store must behave like LangChain4j's reference in-memory store: same matches, same scores. */
class LuceneEmbeddingStoreTest {

    private final LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory());
    private final LuceneEmbeddingStore lucene = new LuceneEmbeddingStore(index);
    private final InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();

    private void addToBoth(int count) {
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        List<Embedding> vectors = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[16];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            ids.add("p" + i);
            vectors.add(Embedding.from(v));
            segments.add(new Passage("p" + i, "r" + (i % 3), "Film " + (i % 3), null, "S", 0, i, "text " + i).toSegment());
        }
        lucene.addAll(ids, vectors, segments);
        reference.addAll(ids, vectors, segments);
    }

    private static List<String> ids(EmbeddingStore<TextSegment> store, Embedding query, Filter filter) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(5).filter(filter).build())
                .matches().stream().map(EmbeddingMatch::embeddingId).toList();
    }

    @Test
    void search_matchesTheReferenceStore_withAndWithoutFilter() {
        addToBoth(60);
        Embedding query = Embedding.from(new float[] {1, 0, 0, 0, 0.5f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2f});
        Filter film1 = metadataKey(Passage.FILM_KEY).isEqualTo("film 1");

        assertThat(ids(lucene, query, null)).isEqualTo(ids(reference, query, null));
        assertThat(ids(lucene, query, film1)).isEqualTo(ids(reference, query, film1)).hasSize(5);

        EmbeddingMatch<TextSegment> best = lucene.search(EmbeddingSearchRequest.builder().queryEmbedding(query)
                .maxResults(5).build()).matches().get(0);
        EmbeddingMatch<TextSegment> expected = reference.search(EmbeddingSearchRequest.builder().queryEmbedding(query)
                .maxResults(5).build()).matches().get(0);
        assertThat(best.score()).isCloseTo(expected.score(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(best.embedded().text()).isEqualTo(expected.embedded().text());
        assertThat(best.embedded().metadata().getString(Passage.FILM)).isEqualTo(expected.embedded().metadata().getString(Passage.FILM));
    }

    @Test
    void writesInABatch_areSeenOnlyWhenItCommits_andNotAtAllWhenItIsClosedUncommitted() {
        addToBoth(30);
        Embedding query = Embedding.from(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Filter r0 = metadataKey(Passage.REVIEW_ID).isEqualTo("r0");

        try (LuceneIndex.Batch abandoned = index.batch()) {
            lucene.removeAll(r0);
            assertThat(ids(lucene, query, r0)).hasSize(5);
        }
        assertThat(ids(lucene, query, r0)).hasSize(5);

        try (LuceneIndex.Batch batch = index.batch()) {
            lucene.removeAll(r0);
            assertThat(ids(lucene, query, r0)).hasSize(5);
            batch.commit();
        }
        assertThat(ids(lucene, query, r0)).isEmpty();
        assertThat(ids(lucene, query, metadataKey(Passage.REVIEW_ID).isIn("r1", "r2"))).hasSize(5);
    }

    @Test
    void aWriteFromAnotherThread_waitsForTheOpenBatch_thenCommitsOnItsOwn() throws Exception {
        addToBoth(3);
        Embedding query = Embedding.from(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> removal;
            try (LuceneIndex.Batch batch = index.batch()) {
                removal = other.submit(() -> lucene.remove("p0"));
                lucene.remove("p1");
                batch.commit();
            }
            removal.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(ids(lucene, query, null)).containsExactly("p2");
        } finally {
            other.shutdownNow();
        }
    }
}
