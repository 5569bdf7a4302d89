package dev.reviewbot.library;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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

    private static final float RELATED_WEIGHT = 0.25f;

    private final LuceneIndex index;

    public LexicalSearch(LuceneIndex index) {
        this.index = index;
    }

    /** Distinct terms whose statistics are kept for one reader; more start the keeping again. */
    private static final int KEPT_TERMS = 10_000;

    /** Each term's statistics over one reader (its top context), looked up in every segment once. */
    private record TermStatistics(IndexReaderContext reader, Map<Term, TermStates> byTerm) {
    }

    private volatile TermStatistics statistics;

    private void add(IndexSearcher searcher, BooleanQuery.Builder words, String stem, float weight) throws IOException {
        words.add(new BoostQuery(termQuery(searcher, new Term(LuceneEmbeddingStore.TEXT, stem)), weight), BooleanClause.Occur.SHOULD);
        words.add(new BoostQuery(termQuery(searcher, new Term(LuceneEmbeddingStore.SECTION_TEXT, stem)), weight / 2),
                BooleanClause.Occur.SHOULD);
    }

    /**
     * A term query carrying the term's statistics over this searcher's reader. Looking them up costs a dictionary
     * seek in every segment; an aspect's vocabulary is searched for in question after question, so each term's are
     * looked up once per reader (a commit brings a new reader, and they are looked up again).
     */
    private TermQuery termQuery(IndexSearcher searcher, Term term) throws IOException {
        IndexReaderContext reader = searcher.getTopReaderContext();
        TermStatistics kept = statistics;
        if (kept == null || kept.reader() != reader || kept.byTerm().size() >= KEPT_TERMS) {
            kept = new TermStatistics(reader, new ConcurrentHashMap<>());
            statistics = kept;
        }
        TermStates states = kept.byTerm().get(term);
        if (states == null) {
            states = TermStates.build(searcher, term, true);
            kept.byTerm().put(term, states);
        }
        return new TermQuery(term, states);
    }

    /**
     * How telling each term is: BM25's inverse document frequency over passages. A word found in every
     * passage ("film") weighs little; a name found in one weighs much.
     */
    public java.util.Map<String, Double> idf(java.util.Collection<String> stems) {
        IndexSearcher searcher = index.acquire();
        try {
            long passages = Math.max(1, searcher.getIndexReader().docFreq(
                    new Term(LuceneIndex.KIND, LuceneEmbeddingStore.KIND_PASSAGE)));
            java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
            for (String stem : stems) {
                int df = searcher.getIndexReader().docFreq(new Term(LuceneEmbeddingStore.TEXT, stem));
                weights.put(stem, Math.log(1 + (passages - df + 0.5) / (df + 0.5)));
            }
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** In how many passages the stemmed term occurs. */
    public int documentFrequency(String stem) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term(LuceneEmbeddingStore.TEXT, stem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** In how many passages within {@code scope} (every passage when null) the stemmed term occurs. */
    public int documentFrequency(String stem, Filter scope) {
        return count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneEmbeddingStore.TEXT, stem)), BooleanClause.Occur.MUST)
                .add(LuceneEmbeddingStore.passages(scope), BooleanClause.Occur.FILTER)
                .build());
    }

    /** Whether some passage holds a term within {@code maxEdits} typos of the stem (a misspelt word). */
    public boolean nearTermExists(String stem, int maxEdits) {
        return count(new org.apache.lucene.search.FuzzyQuery(new Term(LuceneEmbeddingStore.TEXT, stem), maxEdits, 1)) > 0;
    }

    /** Whether some passage holds the stems in this order, a word or two apart at most ("Ana de Armas"). */
    public boolean phraseExists(List<String> stems) {
        return phraseExists(stems, 2);
    }

    /** Whether some passage holds the stems with at most {@code slop} moves between them (either order with 2 more). */
    public boolean phraseExists(List<String> stems, int slop) {
        if (stems.isEmpty()) {
            return false;
        }
        if (stems.size() == 1) {
            return documentFrequency(stems.get(0)) > 0;
        }
        org.apache.lucene.search.PhraseQuery.Builder phrase = new org.apache.lucene.search.PhraseQuery.Builder().setSlop(slop);
        stems.forEach(stem -> phrase.add(new Term(LuceneEmbeddingStore.TEXT, stem)));
        return count(phrase.build()) > 0;
    }

    private int count(org.apache.lucene.search.Query query) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The best {@code max} passages for the stemmed terms, best first; empty when no term matches.
     *
     * @param related terms that hint at the topic (an aspect's vocabulary), weighted low
     */
    public List<Hit> search(List<String> stems, List<String> related, Filter scope, int max) {
        if (stems.isEmpty() && related.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = index.acquire();
        try {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String stem : stems) {
                add(searcher, words, stem, 1f);
            }
            for (String stem : related) {
                add(searcher, words, stem, RELATED_WEIGHT);
            }
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(words.build(), BooleanClause.Occur.MUST)
                    .add(LuceneEmbeddingStore.passages(scope), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(query, max);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            // One reader for every hit: it keeps the block it last decompressed and its buffers.
            org.apache.lucene.index.StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = fields.document(hit.doc);
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
