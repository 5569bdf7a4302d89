package dev.reviewbot.library;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThan;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThan;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotEqualTo;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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

    @Test
    void everyFilter_matchesWhatLangChain4jsOwnFilterMatches_numbersComparedAcrossTypes() {
        Random random = new Random(7);
        List<UUID> uuids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Object> numbers = List.of(-2, 0, 1, 3, -2L, 1L, 2L, 1.0f, 1.5f, 2.5f, -0.5f, 1.0d, 1.5d, 2.25d, 0.1d, 0.1f);
        List<String> strings = List.of("a", "b", "ab", "ba", "", " ", "A*?");
        List<String> ids = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            java.util.Map<String, Object> metadata = new java.util.HashMap<>();
            if (random.nextInt(4) > 0) {
                metadata.put("n", pick(random, numbers));
            }
            if (random.nextInt(4) > 0) {
                metadata.put("s", pick(random, strings));
            }
            if (random.nextInt(3) > 0) {
                metadata.put("u", pick(random, uuids));
            }
            if (random.nextBoolean()) {
                metadata.put("id", "not the embedding id"); // a key named like one of the store's own fields
            }
            ids.add("e" + i);
            segments.add(TextSegment.from("text " + i, Metadata.from(metadata)));
        }
        List<Embedding> vectors = segments.stream().map(s -> Embedding.from(new float[] {1, random.nextFloat(), 0.5f})).toList();
        lucene.addAll(ids, vectors, segments);

        List<Filter> filters = new ArrayList<>();
        for (Object number : List.of(1, 1L, 1.0f, 1.5d, 1.5f, 0.1f, 0.1d, 2L, -1, 2.4d)) {
            Comparable<?> value = (Comparable<?>) number;
            filters.addAll(List.of(new IsEqualTo("n", value), new IsNotEqualTo("n", value), new IsGreaterThan("n", value),
                    new IsGreaterThanOrEqualTo("n", value), new IsLessThan("n", value), new IsLessThanOrEqualTo("n", value)));
        }
        // LangChain4j's isIn widens a float to a double (0.1f is 0.10000000149...) where isEqualTo reads it as a
        // decimal (0.1f is 0.1); the store reads floats as decimals throughout, so isIn is checked on exact values.
        filters.add(new IsIn("n", List.of(1, 2.5f, 2.25d)));
        filters.add(metadataKey("n").isNotIn(List.of(1L, 1.5d)));
        for (String text : List.of("a", "b", "", "A*?")) {
            filters.addAll(List.of(metadataKey("s").isEqualTo(text), metadataKey("s").isNotEqualTo(text),
                    metadataKey("s").isGreaterThan(text), metadataKey("s").isLessThanOrEqualTo(text),
                    metadataKey("s").containsString(text)));
        }
        filters.add(metadataKey("s").isIn("a", "ba", " "));
        filters.add(metadataKey("u").isEqualTo(uuids.get(0)));
        filters.add(metadataKey("u").isNotIn(uuids.get(1), uuids.get(2)));
        filters.add(metadataKey("id").isEqualTo("not the embedding id"));
        filters.add(Filter.and(metadataKey("n").isGreaterThan(0), Filter.not(metadataKey("s").containsString("a"))));
        filters.add(Filter.or(metadataKey("u").isIn(uuids.get(0)), Filter.not(metadataKey("n").isLessThan(1.5f))));

        Embedding query = Embedding.from(new float[] {1, 0.5f, 0.5f});
        for (Filter filter : filters) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                if (filter.test(segments.get(i).metadata())) {
                    expected.add(ids.get(i));
                }
            }
            List<String> found = lucene.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(500)
                    .filter(filter).build()).matches().stream().map(EmbeddingMatch::embeddingId).toList();
            assertThat(found).as(filter.toString()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static Object pick(Random random, List<?> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Test
    void metadata_comesBackWithItsTypes_andAddingAnIdAgainReplacesIt() {
        UUID uuid = UUID.randomUUID();
        Metadata metadata = new Metadata().put("s", "x").put("u", uuid).put("i", 7).put("l", 7L).put("f", 0.1f)
                .put("d", 0.1d).put("text", "a key named like a field");
        Embedding vector = Embedding.from(new float[] {0.3f, -1, 2});
        lucene.addAll(List.of("a"), List.of(Embedding.from(new float[] {1, 1, 1})), List.of(TextSegment.from("old")));
        lucene.addAll(List.of("a"), List.of(vector), List.of(TextSegment.from("new", metadata)));

        List<EmbeddingMatch<TextSegment>> matches = lucene.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(vector).maxResults(10).build()).matches();

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.embedding()).isEqualTo(vector);
            assertThat(match.embedded()).isEqualTo(TextSegment.from("new", metadata));
            assertThat(match.embedded().metadata().toMap()).isEqualTo(metadata.toMap());
        });
    }

    @Test
    void everyWayToAdd_storesTheVectorUnderTheIdItReturns_andRemovalByIdsTakesOnlyThose() {
        Embedding a = Embedding.from(new float[] {1, 0, 0});
        Embedding b = Embedding.from(new float[] {0, 1, 0});
        Embedding c = Embedding.from(new float[] {0, 0, 1});
        Embedding d = Embedding.from(new float[] {-1, 0, 0});
        // Each add is a commit of its own: the vectors are read back from several index segments.
        String aId = lucene.add(a);
        lucene.add("b", b);
        String cId = lucene.add(c, TextSegment.from("the third"));
        String dId = lucene.add(d, null);
        List<String> more = lucene.addAll(List.of(Embedding.from(new float[] {1, 1, 0}), Embedding.from(new float[] {0, 1, 1})));

        List<EmbeddingMatch<TextSegment>> all = lucene.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(new float[] {0.2f, 0.3f, 0.4f})).maxResults(10).build()).matches();

        assertThat(all).extracting(EmbeddingMatch::embeddingId)
                .containsExactlyInAnyOrder(aId, "b", cId, dId, more.get(0), more.get(1));
        assertThat(more).hasSize(2).doesNotHaveDuplicates().doesNotContain(aId, cId, dId);
        java.util.Map<String, EmbeddingMatch<TextSegment>> byId = new java.util.HashMap<>();
        all.forEach(m -> byId.put(m.embeddingId(), m));
        assertThat(byId.get(aId).embedding()).isEqualTo(a);
        assertThat(byId.get("b").embedding()).isEqualTo(b);
        assertThat(byId.get(cId).embedding()).isEqualTo(c);
        assertThat(byId.get(dId).embedding()).isEqualTo(d);
        assertThat(byId.get(cId).embedded()).isEqualTo(TextSegment.from("the third"));
        assertThat(byId.get(aId).embedded()).isNull();
        assertThat(byId.get(dId).embedded()).isNull();

        lucene.removeAll(List.of(aId, "b"));

        assertThat(lucene.search(EmbeddingSearchRequest.builder().queryEmbedding(a).maxResults(10).build()).matches())
                .extracting(EmbeddingMatch::embeddingId).containsExactlyInAnyOrder(cId, dId, more.get(0), more.get(1));
    }

    @Test
    void aMinimumScore_leavesOutWeakerMatches() {
        lucene.add("near", Embedding.from(new float[] {1, 0.1f, 0}));
        lucene.add("far", Embedding.from(new float[] {-1, 0, 0.2f}));

        List<EmbeddingMatch<TextSegment>> matches = lucene.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(new float[] {1, 0, 0})).maxResults(10).minScore(0.8).build()).matches();

        assertThat(matches).extracting(EmbeddingMatch::embeddingId).containsExactly("near");
    }

    @Test
    void idsAndVectorsOfDifferentLengths_areRefused_andNothingIsStored() {
        Embedding v = Embedding.from(new float[] {1, 0, 0});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lucene.addAll(List.of("x", "y"), List.of(v), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids and embeddings");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lucene.addAll(List.of("x"), List.of(v),
                        List.of(TextSegment.from("one"), TextSegment.from("two"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids and segments");

        assertThat(lucene.search(EmbeddingSearchRequest.builder().queryEmbedding(v).maxResults(10).build()).matches()).isEmpty();
    }

    private List<String> matching(Filter filter) {
        return lucene.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(new float[] {1, 0.5f, 0.5f}))
                .maxResults(50).filter(filter).build()).matches().stream().map(EmbeddingMatch::embeddingId).toList();
    }

    @Test
    void numberFilters_atTheEdgesOfLong_findExactlyTheStoredEdges() {
        lucene.addAll(List.of("max", "min", "zero"), List.of(Embedding.from(new float[] {1, 0, 0}),
                        Embedding.from(new float[] {0, 1, 0}), Embedding.from(new float[] {0, 0, 1})),
                List.of(TextSegment.from("max", new Metadata().put("n", Long.MAX_VALUE)),
                        TextSegment.from("min", new Metadata().put("n", Long.MIN_VALUE)),
                        TextSegment.from("zero", new Metadata().put("n", 0L))));

        assertThat(matching(metadataKey("n").isGreaterThan(Long.MAX_VALUE))).isEmpty();
        assertThat(matching(metadataKey("n").isGreaterThan(Long.MAX_VALUE - 1))).containsExactly("max");
        assertThat(matching(metadataKey("n").isGreaterThanOrEqualTo(Long.MAX_VALUE))).containsExactly("max");
        assertThat(matching(metadataKey("n").isLessThan(Long.MIN_VALUE))).isEmpty();
        assertThat(matching(metadataKey("n").isLessThan(Long.MIN_VALUE + 1))).containsExactly("min");
        assertThat(matching(metadataKey("n").isLessThanOrEqualTo(Long.MIN_VALUE))).containsExactly("min");
        assertThat(matching(metadataKey("n").isGreaterThanOrEqualTo(1e19))).isEmpty();
        assertThat(matching(metadataKey("n").isGreaterThan(1e19))).isEmpty();
        assertThat(matching(metadataKey("n").isLessThanOrEqualTo(-1e19))).isEmpty();
        assertThat(matching(metadataKey("n").isLessThan(-1e19))).isEmpty();
        assertThat(matching(metadataKey("n").isLessThan(0.5))).containsExactlyInAnyOrder("min", "zero");
    }

    @Test
    void containsString_takesWildcardCharactersLiterally() {
        List<String> texts = List.of("A*x", "Abx", "A?", "Ab", "back\\slash", "backslash");
        List<String> ids = texts.stream().map(t -> "t" + texts.indexOf(t)).toList();
        lucene.addAll(ids, texts.stream().map(t -> Embedding.from(new float[] {1, 0, 0})).toList(),
                texts.stream().map(t -> TextSegment.from(t, new Metadata().put("s", t))).toList());

        assertThat(matching(metadataKey("s").containsString("A*"))).containsExactly("t0");
        assertThat(matching(metadataKey("s").containsString("A?"))).containsExactly("t2");
        assertThat(matching(metadataKey("s").containsString("\\"))).containsExactly("t4");
    }

    @Test
    void removingEverything_leavesNoPassage() {
        addToBoth(5);

        lucene.removeAll();

        assertThat(ids(lucene, Embedding.from(new float[16]), null)).isEmpty();
    }
}
