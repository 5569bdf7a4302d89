package dev.reviewbot.library;

import static dev.langchain4j.internal.ValidationUtils.ensureNotEmpty;
import static dev.langchain4j.internal.ValidationUtils.ensureNotNull;
import static dev.langchain4j.internal.ValidationUtils.ensureTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A LangChain4j {@link EmbeddingStore} kept in the library's Lucene index (HNSW vectors, cosine), so a
 * passage's text, vector and review are committed together. It keeps LangChain4j's contract (the project
 * runs LangChain4j's own contract tests on it): metadata of every type LangChain4j has, every metadata
 * filter, removal by ids, filter or all, scores as {@code RelevanceScore.fromCosineSimilarity}.
 *
 * <p>Each write is a {@link LuceneIndex#write}: inside a batch the caller has opened (ReviewLibrary's
 * ingest) it becomes part of that batch's one commit; alone it is committed at once, so the next search
 * sees it.
 */
public final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {

    public static final String KIND_PASSAGE = "passage";
    public static final String ID = "id";
    public static final String TEXT = "text";
    public static final String SECTION_TEXT = "sectionText";
    public static final String VECTOR = "vector";

    private final LuceneIndex index;

    public LuceneEmbeddingStore(LuceneIndex index) {
        this.index = index;
    }

    @Override
    public String add(Embedding embedding) {
        String id = UUID.randomUUID().toString();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UUID.randomUUID().toString();
        addAll(List.of(id), List.of(embedding), segment == null ? null : List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(ensureNotNull(embeddings, "embeddings").size());
        addAll(ids, embeddings, null);
        return ids;
    }

    /** Adds the embeddings under the given ids; an id already stored is replaced. */
    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        ensureNotNull(ids, "ids");
        ensureNotNull(embeddings, "embeddings");
        ensureTrue(ids.size() == embeddings.size(), "ids and embeddings must be the same length");
        ensureTrue(segments == null || segments.size() == ids.size(), "ids and segments must be the same length");
        if (ids.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            docs.add(document(ensureNotNull(ids.get(i), "id"), ensureNotNull(embeddings.get(i), "embedding"),
                    segments == null ? null : segments.get(i)));
        }
        index.write(writer -> {
            for (int i = 0; i < docs.size(); i++) {
                writer.updateDocument(new Term(ID, ids.get(i)), docs.get(i));
            }
        });
    }

    private static Document document(String id, Embedding embedding, TextSegment segment) {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.KIND, KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new KnnFloatVectorField(VECTOR, embedding.vector(), VectorSimilarityFunction.COSINE));
        if (segment != null) {
            doc.add(new TextField(TEXT, segment.text(), Field.Store.YES));
            MetadataFields.add(doc, segment.metadata());
            String section = segment.metadata().getString(Passage.SECTION);
            if (section != null) {
                doc.add(new TextField(SECTION_TEXT, section, Field.Store.NO));
            }
        }
        return doc;
    }

    @Override
    public void removeAll(Collection<String> ids) {
        ensureNotEmpty(ids, "ids");
        index.write(writer -> writer.deleteDocuments(byIds(ids)));
    }

    @Override
    public void removeAll(Filter filter) {
        ensureNotNull(filter, "filter");
        Query passages = passages(filter);
        index.write(writer -> writer.deleteDocuments(passages));
    }

    /** Removes every passage; the library's own documents (reviews, its version) stay. */
    @Override
    public void removeAll() {
        index.write(writer -> writer.deleteDocuments(passages(null)));
    }

    private static Query byIds(Collection<String> ids) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The nearest passages of the last commit, best first, with their vectors, text and metadata. */
    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        ensureNotNull(request, "request");
        IndexSearcher searcher = index.acquire();
        try {
            Query query = new KnnFloatVectorQuery(VECTOR, request.queryEmbedding().vector(), request.maxResults(),
                    passages(request.filter()));
            TopDocs top = searcher.search(query, request.maxResults());
            List<ScoreDoc> hits = Arrays.stream(top.scoreDocs).filter(hit -> hit.score >= request.minScore()).toList();
            float[][] vectors = vectors(searcher, hits);
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(hits.size());
            // One reader for every hit: it keeps the block it last decompressed and its buffers.
            org.apache.lucene.index.StoredFields fields = searcher.storedFields();
            for (int i = 0; i < hits.size(); i++) {
                Document doc = fields.document(hits.get(i).doc);
                // Lucene's cosine score is LangChain4j's relevance score: (cosine + 1) / 2.
                matches.add(new EmbeddingMatch<>((double) hits.get(i).score, doc.get(ID), Embedding.from(vectors[i]),
                        segment(doc)));
            }
            return new EmbeddingSearchResult<>(matches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** The stored vectors of the hits, read in document order (the vector values only move forward). */
    private static float[][] vectors(IndexSearcher searcher, List<ScoreDoc> hits) throws IOException {
        float[][] vectors = new float[hits.size()][];
        Integer[] order = new Integer[hits.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> hits.get(i).doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        FloatVectorValues values = null;
        for (int i : order) {
            int doc = hits.get(i).doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getFloatVectorValues(VECTOR);
            }
            values.advance(doc - leaf.docBase);
            vectors[i] = values.vectorValue().clone();
        }
        return vectors;
    }

    /** The stored segment of a passage document; null for an embedding added without one. */
    public static TextSegment segment(Document doc) {
        String text = doc.get(TEXT);
        return text == null ? null : TextSegment.from(text, MetadataFields.read(doc));
    }

    /** Passage documents that match a LangChain4j metadata filter (all passages for null). */
    public static Query passages(Filter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            query.add(FilterQueries.toQuery(filter), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }
}
