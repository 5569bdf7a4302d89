package dev.reviewbot.library;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A LangChain4j {@link EmbeddingStore} kept in the library's Lucene index (HNSW vectors), so the text,
 * its vector and the review it came from are committed together. Writes become visible at the library's
 * next {@link LuceneIndex#commit}. Filters: {@code isEqualTo}, {@code isIn} and {@code and} on the
 * passage metadata keys. Scores follow LangChain4j: (cosine + 1) / 2.
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
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings.size());
        addAll(ids, embeddings, null);
        return ids;
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        if (ids.size() != embeddings.size() || (segments != null && segments.size() != ids.size())) {
            throw new IllegalArgumentException("ids, embeddings and segments must be the same length");
        }
        List<Document> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            docs.add(document(ids.get(i), embeddings.get(i), segments == null ? null : segments.get(i)));
        }
        try {
            index.writer().addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(String id, Embedding embedding, TextSegment segment) {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.KIND, KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new KnnFloatVectorField(VECTOR, embedding.vector(), VectorSimilarityFunction.COSINE));
        if (segment != null) {
            doc.add(new TextField(TEXT, segment.text(), Field.Store.YES));
            segment.metadata().toMap().forEach((key, value) -> {
                if (value instanceof Integer number) {
                    doc.add(new StoredField(key, number));
                } else {
                    doc.add(new StringField(key, value.toString(), Field.Store.YES));
                }
            });
            String section = segment.metadata().getString(Passage.SECTION);
            if (section != null) {
                doc.add(new TextField(SECTION_TEXT, section, Field.Store.NO));
            }
        }
        return doc;
    }

    @Override
    public void removeAll(Collection<String> ids) {
        try {
            index.writer().deleteDocuments(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void removeAll(Filter filter) {
        try {
            index.writer().deleteDocuments(passages(filter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void removeAll() {
        removeAll((Filter) null);
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            Query query = new KnnFloatVectorQuery(VECTOR, request.queryEmbedding().vector(), request.maxResults(),
                    passages(request.filter()));
            TopDocs top = searcher.search(query, request.maxResults());
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                if (hit.score >= request.minScore()) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    matches.add(new EmbeddingMatch<>((double) hit.score, doc.get(ID), null, segment(doc)));
                }
            }
            return new EmbeddingSearchResult<>(matches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** The stored segment of a passage document. */
    public static TextSegment segment(Document doc) {
        Metadata metadata = new Metadata();
        for (var field : doc.getFields()) {
            String name = field.name();
            if (name.equals(ID) || name.equals(TEXT)) {
                continue;
            }
            if (field.numericValue() != null) {
                metadata.put(name, field.numericValue().intValue());
            } else if (field.stringValue() != null) {
                metadata.put(name, field.stringValue());
            }
        }
        return TextSegment.from(doc.get(TEXT), metadata);
    }

    /** Passage documents that match a LangChain4j metadata filter (all passages for null). */
    public static Query passages(Filter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            query.add(toQuery(filter), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static Query toQuery(Filter filter) {
        if (filter instanceof IsEqualTo eq) {
            return new TermQuery(new Term(eq.key(), eq.comparisonValue().toString()));
        }
        if (filter instanceof IsIn in) {
            return new TermInSetQuery(in.key(), in.comparisonValues().stream().map(v -> new BytesRef(v.toString())).toList());
        }
        if (filter instanceof And and) {
            return new BooleanQuery.Builder().add(toQuery(and.left()), BooleanClause.Occur.FILTER)
                    .add(toQuery(and.right()), BooleanClause.Occur.FILTER).build();
        }
        if (filter == null) {
            return new MatchAllDocsQuery();
        }
        throw new UnsupportedOperationException("filter not supported by the Lucene store: " + filter);
    }
}
