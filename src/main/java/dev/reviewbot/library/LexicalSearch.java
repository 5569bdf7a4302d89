package dev.reviewbot.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** BM25 ranking of passages (Lucene's default similarity), scoped like the vector search. */
public final class LexicalSearch {

    /** A BM25 hit: the passage id, its stored segment and its raw score. */
    public record Hit(String id, TextSegment segment, double score) {
    }

    private final LuceneIndex index;

    public LexicalSearch(LuceneIndex index) {
        this.index = index;
    }

    /** The best {@code max} passages for the stemmed terms, best first; empty when no term matches. */
    public List<Hit> search(List<String> stems, Filter scope, int max) {
        if (stems.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String stem : stems) {
            words.add(new TermQuery(new Term(LuceneEmbeddingStore.TEXT, stem)), BooleanClause.Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(LuceneEmbeddingStore.SECTION_TEXT, stem)), 0.5f), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(LuceneEmbeddingStore.passages(scope), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs top = searcher.search(query, max);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                hits.add(new Hit(doc.get(LuceneEmbeddingStore.ID), LuceneEmbeddingStore.segment(doc), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
