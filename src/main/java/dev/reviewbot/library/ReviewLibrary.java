package dev.reviewbot.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.reviewbot.review.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The persisted set of reviews with their embedded passages. Ingest is incremental (a review whose
 * content hash is unchanged is not re-embedded) and atomic (one Lucene commit per ingest or removal).
 */
public final class ReviewLibrary implements AutoCloseable {

    private static final String KIND_REVIEW = "review";
    private static final String REVIEW_ID = "reviewId";
    private static final String HASH = "hash";
    private static final String JSON = "json";
    private static final String KIND_META = "meta";
    private static final String VERSION = "libraryVersion";
    private static final int EMBED_BATCH = 256;

    private final LuceneIndex index;
    private final EmbeddingStore<TextSegment> store;
    private final EmbeddingModel embeddings;
    private final Chunker chunker;
    private final PassageTagger tagger;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Catalog catalog;
    private volatile long readerVersion = -1;

    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, Chunker chunker) {
        this(index, store, embeddings, chunker, PassageTagger.NONE);
    }

    /** @param tagger labels each passage at ingest with the aspects it covers */
    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, Chunker chunker,
                         PassageTagger tagger) {
        this.tagger = tagger;
        this.index = index;
        this.store = store;
        this.embeddings = embeddings;
        this.chunker = chunker;
    }

    /** The current snapshot; picks up commits made by another process since the last call. */
    public Catalog catalog() {
        index.refresh();
        IndexSearcher searcher = index.acquire();
        try {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            if (catalog == null || version != readerVersion) {
                catalog = load(searcher);
                readerVersion = version;
            }
            return catalog;
        } finally {
            index.release(searcher);
        }
    }

    public long version() {
        return catalog().version();
    }

    /** Adds or replaces the given reviews; those whose content is unchanged cost nothing. */
    public synchronized IngestReport ingest(List<Review> reviews) {
        Catalog before = catalog();
        Map<String, Review> existing = before.byId();
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Passage> toEmbed = new ArrayList<>();
        try {
            for (Review review : reviews) {
                Review old = existing.get(review.id());
                if (old != null && old.contentHash().equals(review.contentHash())) {
                    unchanged.add(review.displayName());
                    continue;
                }
                if (old != null) {
                    delete(review.id());
                    updated.add(review.displayName());
                } else {
                    added.add(review.displayName());
                }
                index.writer().addDocument(reviewDocument(review));
                toEmbed.addAll(chunker.passages(review));
            }
            for (int from = 0; from < toEmbed.size(); from += EMBED_BATCH) {
                embedAndStore(toEmbed.subList(from, Math.min(toEmbed.size(), from + EMBED_BATCH)));
            }
            long version = before.version();
            if (!added.isEmpty() || !updated.isEmpty()) {
                version++;
                commit(version);
            }
            return new IngestReport(added, updated, unchanged, toEmbed.size(), version);
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /** Removes every review of the film; returns the display names of what was removed. */
    public synchronized List<String> remove(String film) {
        List<Review> matching = catalog().reviewsOf(film);
        if (matching.isEmpty()) {
            return List.of();
        }
        try {
            for (Review review : matching) {
                delete(review.id());
            }
            commit(catalog().version() + 1);
        } catch (IOException | RuntimeException e) {
            index.rollback();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return matching.stream().map(Review::displayName).toList();
    }

    /** The version travels in the index itself, so it is committed atomically with the reviews. */
    private void commit(long version) throws IOException {
        Document meta = new Document();
        meta.add(new StringField(LuceneIndex.KIND, KIND_META, Field.Store.NO));
        meta.add(new StoredField(VERSION, version));
        index.writer().updateDocument(new Term(LuceneIndex.KIND, KIND_META), meta);
        index.commit();
    }

    private void delete(String reviewId) throws IOException {
        store.removeAll(new IsEqualTo(Passage.REVIEW_ID, reviewId));
        index.writer().deleteDocuments(new Term(REVIEW_ID + "Doc", reviewId));
    }

    private void embedAndStore(List<Passage> passages) {
        List<TextSegment> toEmbed = passages.stream().map(p -> TextSegment.from(p.embeddingText())).toList();
        List<Embedding> vectors = embeddings.embedAll(toEmbed).content();
        List<Passage> tagged = tagger.tag(passages, vectors);
        store.addAll(tagged.stream().map(Passage::id).toList(), vectors,
                tagged.stream().map(Passage::toSegment).toList());
    }

    private Document reviewDocument(Review review) throws JsonProcessingException {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.KIND, KIND_REVIEW, Field.Store.NO));
        doc.add(new StringField(REVIEW_ID + "Doc", review.id(), Field.Store.YES));
        doc.add(new StringField(HASH, review.contentHash(), Field.Store.YES));
        doc.add(new StoredField(JSON, json.writeValueAsString(review)));
        return doc;
    }

    private Catalog load(IndexSearcher searcher) {
        try {
            TopDocs meta = searcher.search(new TermQuery(new Term(LuceneIndex.KIND, KIND_META)), 1);
            long version = meta.scoreDocs.length == 0 ? 0
                    : searcher.storedFields().document(meta.scoreDocs[0].doc).getField(VERSION).numericValue().longValue();
            TermQuery reviewsQuery = new TermQuery(new Term(LuceneIndex.KIND, KIND_REVIEW));
            int count = Math.max(1, searcher.count(reviewsQuery));
            List<Review> reviews = new ArrayList<>(count);
            for (ScoreDoc hit : searcher.search(reviewsQuery, count).scoreDocs) {
                reviews.add(json.readValue(searcher.storedFields().document(hit.doc).get(JSON), Review.class));
            }
            return new Catalog(version, reviews);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
