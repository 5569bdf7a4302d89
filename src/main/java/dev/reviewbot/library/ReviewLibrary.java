package dev.reviewbot.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.stream.Collectors;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persisted set of reviews with their embedded passages. Ingest is incremental (a review whose
 * content hash is unchanged is not re-embedded) and atomic: each ingest or removal is one
 * {@link LuceneIndex.Batch}, committed once, into which the embedding store's writes on this thread go too.
 */
public final class ReviewLibrary implements AutoCloseable {

    private static final String KIND_REVIEW = "review";
    private static final String REVIEW_ID = "reviewId";
    private static final String HASH = "hash";
    private static final String JSON = "json";
    private static final String KIND_META = "meta";
    private static final String VERSION = "libraryVersion";
    private static final String FORMAT = "format";
    /** The {@link LibraryRecord#libraryId()} an index replicates; absent for a library of its own. */
    private static final String REPLICA_OF = "replicaOf";
    /** 2: passage metadata typed and indexed by {@link MetadataFields}; 1 (no format stored): raw fields. */
    private static final int CURRENT_FORMAT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ReviewLibrary.class);
    private static final int EMBED_BATCH = 256;

    private final LuceneIndex index;
    private final EmbeddingStore<TextSegment> store;
    private final PassageEmbedder embedder;
    private final Chunker chunker;
    /** The system of record this index replicates, or null when the index is the library itself. */
    private final LibraryRecord record;
    private final ObjectMapper json = new ObjectMapper();
    /** The catalog and the index reader version it was made for, swapped together. */
    private volatile Snapshot snapshot;
    /** The stored passages were written by an older ReviewBot: the next ingest embeds every review anew. */
    private volatile boolean legacyFormat;
    private volatile String replicaOf;

    /**
     * A library whose passages are embedded without polarity scores, tagged with the model's own name.
     *
     * @param store the passages' store; a {@link LuceneEmbeddingStore} over {@code index} writes into the
     *              library's batches, so passages are committed with their reviews
     */
    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, Chunker chunker) {
        this(index, store, embeddings, chunker, PassageTagger.NONE);
    }

    /** @param tagger labels each passage at ingest with the aspects it covers */
    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, Chunker chunker,
                         PassageTagger tagger) {
        this(index, store, new PassageEmbedder(embeddings, String.valueOf(embeddings.modelName()), SentencePolarity.NONE,
                tagger), chunker);
    }

    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, PassageEmbedder embedder, Chunker chunker) {
        this(index, store, embedder, chunker, null);
    }

    /**
     * A library kept in {@code record} (a shared database), whose index is this process's replica of it:
     * ingests and removals are written to the record, then applied here by {@link #sync()}, as every other
     * process applies them. Nothing is embedded twice: the replica takes the vectors from the record.
     */
    public ReviewLibrary(LuceneIndex index, EmbeddingStore<TextSegment> store, PassageEmbedder embedder, Chunker chunker,
                         LibraryRecord record) {
        this.index = index;
        this.store = store;
        this.embedder = embedder;
        this.chunker = chunker;
        this.record = record;
    }

    private record Snapshot(Catalog catalog, long readerVersion) {
    }

    /**
     * The current snapshot; picks up commits made by another process since the last call. A replica's own
     * syncs hand their catalog over already made ({@link #sync()}); any other commit is read back whole.
     */
    public Catalog catalog() {
        index.refresh();
        IndexSearcher searcher = index.acquire();
        try {
            long version = readerVersion(searcher);
            Snapshot seen = snapshot;
            if (seen != null && seen.readerVersion() == version) {
                return seen.catalog();
            }
            if (record == null) {
                Catalog loaded = load(searcher);
                snapshot = new Snapshot(loaded, version);
                return loaded;
            }
        } finally {
            index.release(searcher);
        }
        return reloaded();
    }

    /**
     * A replica's catalog for a commit it has not got one for: under the lock {@link #sync()} holds, so a
     * commit that a sync is about to hand its catalog over for is waited for rather than read back whole.
     */
    private synchronized Catalog reloaded() {
        IndexSearcher searcher = index.acquire();
        try {
            long version = readerVersion(searcher);
            Snapshot seen = snapshot;
            if (seen == null || seen.readerVersion() != version) {
                seen = new Snapshot(load(searcher), version);
                snapshot = seen;
            }
            return seen.catalog();
        } finally {
            index.release(searcher);
        }
    }

    private static long readerVersion(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    public long version() {
        return catalog().version();
    }

    /**
     * Adds or replaces the given reviews; those whose content is unchanged cost nothing. Everything the
     * ingest writes (reviews, passages, vectors, the new version) is one batch: committed together, or,
     * when anything fails, not at all.
     */
    public IngestReport ingest(List<Review> reviews) {
        return record != null ? recorded().ingest(reviews, false) : ingestLocally(reviews);
    }

    private synchronized IngestReport ingestLocally(List<Review> reviews) {
        Catalog before = catalog();
        Map<String, Review> existing = before.byId();
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Review> toStore = new ArrayList<>();
        for (Review review : reviews) {
            Review old = existing.get(review.id());
            if (old != null && old.contentHash().equals(review.contentHash()) && !legacyFormat) {
                unchanged.add(review.displayName());
                continue;
            }
            (old != null ? updated : added).add(review.displayName());
            toStore.add(review);
        }
        if (legacyFormat) {
            // Passages written by an older ReviewBot cannot be filtered: every stored review is embedded anew.
            Set<String> given = reviews.stream().map(Review::id).collect(Collectors.toSet());
            existing.values().stream().filter(r -> !given.contains(r.id())).forEach(toStore::add);
        }
        if (toStore.isEmpty()) {
            return new IngestReport(added, updated, unchanged, 0, before.version());
        }
        List<Passage> toEmbed = new ArrayList<>();
        try (LuceneIndex.Batch batch = index.batch()) {
            if (legacyFormat) {
                store.removeAll();
            }
            for (Review review : toStore) {
                if (existing.containsKey(review.id())) {
                    delete(batch, review.id());
                }
                batch.writer().addDocument(reviewDocument(review));
                toEmbed.addAll(chunker.passages(review));
            }
            for (int from = 0; from < toEmbed.size(); from += EMBED_BATCH) {
                embedAndStore(toEmbed.subList(from, Math.min(toEmbed.size(), from + EMBED_BATCH)));
            }
            long version = before.version() + 1;
            commit(batch, version);
            return new IngestReport(added, updated, unchanged, toEmbed.size(), version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every review of the film (its exact title); returns the display names of what was removed. */
    public synchronized List<String> remove(String film) {
        return removeReviews(catalog().reviewsOf(film).stream().map(Review::id).toList());
    }

    /** Removes exactly these reviews (those still stored), in one commit; returns their display names. */
    public synchronized List<String> removeReviews(java.util.Collection<String> reviewIds) {
        if (record != null) {
            return recorded().remove(reviewIds);
        }
        Catalog current = catalog();
        List<Review> matching = reviewIds.stream().distinct().map(current::review)
                .flatMap(java.util.Optional::stream).toList();
        if (matching.isEmpty()) {
            return List.of();
        }
        try (LuceneIndex.Batch batch = index.batch()) {
            for (Review review : matching) {
                delete(batch, review.id());
            }
            commit(batch, current.version() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matching.stream().map(Review::displayName).toList();
    }

    /** The version travels in the index itself, so it is committed atomically with the reviews. */
    private static void commit(LuceneIndex.Batch batch, long version) throws IOException {
        commit(batch, version, null);
    }

    /** @param replicaOf the library the index replicates, or null for a library of its own */
    private static void commit(LuceneIndex.Batch batch, long version, String replicaOf) throws IOException {
        Document meta = new Document();
        meta.add(new StringField(LuceneIndex.KIND, KIND_META, Field.Store.NO));
        meta.add(new StoredField(VERSION, version));
        meta.add(new StoredField(FORMAT, CURRENT_FORMAT));
        if (replicaOf != null) {
            meta.add(new StoredField(REPLICA_OF, replicaOf));
        }
        batch.writer().updateDocument(new Term(LuceneIndex.KIND, KIND_META), meta);
        batch.commit();
    }

    /**
     * Brings the index up to the record's latest version, in one commit, and returns the version now applied;
     * without a record there is nothing to follow. An index that replicates another library (or is ahead of
     * this one, as after a database restored from a backup) is rebuilt from the record. Only the reviews the
     * versions since the last sync wrote or removed are read and indexed, and the catalog is the last one
     * with those changed ({@link Catalog#with}): the work grows with the change, not with the library.
     */
    public synchronized long sync() {
        Catalog current = catalog();
        if (record == null) {
            return current.version();
        }
        String libraryId = record.libraryId();
        long latest = record.version();
        boolean follows = libraryId.equals(replicaOf) && current.version() <= latest;
        if (follows && current.version() == latest) {
            return latest;
        }
        long since = follows ? current.version() : 0;
        if (!follows && replicaOf != null) {
            LOG.warn("the local replica of the library does not match the database's library; rebuilding it from the database");
        }
        List<Review> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        long version;
        try (LuceneIndex.Batch batch = index.batch()) {
            if (since == 0) {
                batch.writer().deleteAll();
            }
            version = record.replay(since, new LibraryRecord.Changes() {
                @Override
                public void written(Review review, List<EmbeddedPassage> passages) {
                    written.add(review);
                    try {
                        if (since > 0) {
                            delete(batch, review.id());
                        }
                        batch.writer().addDocument(reviewDocument(review));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (!passages.isEmpty()) {
                        store.addAll(passages.stream().map(p -> p.passage().id()).toList(),
                                passages.stream().map(EmbeddedPassage::embedding).toList(),
                                passages.stream().map(EmbeddedPassage::segment).toList());
                    }
                }

                @Override
                public void removed(String reviewId) {
                    removed.add(reviewId);
                    try {
                        delete(batch, reviewId);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            commit(batch, version, libraryId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replicaOf = libraryId;
        legacyFormat = false;
        publish(since == 0 ? new Catalog(version, written) : current.with(version, written, removed));
        return version;
    }

    /** Hands over the catalog of the commit just made (this thread's: no other can commit while it holds the lock). */
    private void publish(Catalog catalog) {
        IndexSearcher searcher = index.acquire();
        try {
            snapshot = new Snapshot(catalog, readerVersion(searcher));
        } finally {
            index.release(searcher);
        }
    }

    private RecordedWrites recorded() {
        return new RecordedWrites(record, this, embedder, chunker, EMBED_BATCH);
    }

    /** Drops a review and its passages; the store's removal joins the batch open on this thread. */
    private void delete(LuceneIndex.Batch batch, String reviewId) throws IOException {
        store.removeAll(new IsEqualTo(Passage.REVIEW_ID, reviewId));
        batch.writer().deleteDocuments(new Term(REVIEW_ID + "Doc", reviewId));
    }

    private void embedAndStore(List<Passage> passages) {
        embedder.store(passages, store);
    }

    /**
     * Re-embeds the passages that another model (or other polarity weights) embedded, so that vectors are
     * never mixed. Each batch is its own commit: a crash leaves a whole library, and the next call picks
     * up where this one stopped. Returns how many passages were re-embedded.
     */
    public synchronized int reembedStale(java.util.function.IntConsumer progress) {
        if (record != null) {
            return recorded().reembed(new StoredPassages(index, embedder.signature()), progress);
        }
        Catalog current = catalog();
        if (legacyFormat) {
            // An older ReviewBot's passages cannot be read back; the stored reviews are embedded anew, in one batch.
            int embedded = ingest(current.reviews()).passagesEmbedded();
            progress.accept(embedded);
            return embedded;
        }
        StoredPassages stale = new StoredPassages(index, embedder.signature());
        int done = 0;
        for (List<Passage> passages = stale.next(EMBED_BATCH); !passages.isEmpty(); passages = stale.next(EMBED_BATCH)) {
            try (LuceneIndex.Batch batch = index.batch()) {
                store.removeAll(passages.stream().map(Passage::id).toList());
                embedAndStore(passages);
                batch.commit();
            }
            done += passages.size();
            progress.accept(done);
        }
        if (done > 0) {
            try (LuceneIndex.Batch batch = index.batch()) {
                commit(batch, current.version() + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return done;
    }

    /** How many passages another model or other polarity weights embedded (the work {@link #reembedStale} has). */
    public int stalePassages() {
        Catalog current = catalog();
        if (legacyFormat) {
            // An older ReviewBot's passages are not read back: every stored review is chunked and embedded anew.
            return current.reviews().stream().mapToInt(review -> chunker.passages(review).size()).sum();
        }
        return new StoredPassages(index, embedder.signature()).count();
    }

    /** Every stored passage of the review, in section and passage order, with its sentences' polarity. */
    public List<Passage> passagesOf(String reviewId) {
        return StoredPassages.passagesOf(index, reviewId);
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
            Document metaDoc = meta.scoreDocs.length == 0 ? null : searcher.storedFields().document(meta.scoreDocs[0].doc);
            long version = metaDoc == null ? 0 : metaDoc.getField(VERSION).numericValue().longValue();
            boolean legacy = metaDoc != null && metaDoc.getField(FORMAT) == null;
            if (legacy && !legacyFormat) {
                LOG.warn("the library was built by an older ReviewBot and its passages cannot be searched by film; "
                        + "any `reviewbot ingest` (for example of data/reviews) indexes it anew");
            }
            legacyFormat = legacy;
            replicaOf = metaDoc == null ? null : metaDoc.get(REPLICA_OF);
            TermQuery reviewsQuery = new TermQuery(new Term(LuceneIndex.KIND, KIND_REVIEW));
            int count = Math.max(1, searcher.count(reviewsQuery));
            List<Review> reviews = new ArrayList<>(count);
            org.apache.lucene.index.StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(reviewsQuery, count).scoreDocs) {
                reviews.add(json.readValue(fields.document(hit.doc).get(JSON), Review.class));
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
