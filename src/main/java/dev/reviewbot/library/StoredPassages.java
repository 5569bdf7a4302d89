package dev.reviewbot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Reads stored passages back from the index: those not embedded by the current model and polarity
 * weights (to re-embed them), and all passages of one review (for its scorecard).
 */
final class StoredPassages {

    private final LuceneIndex index;
    private final Query stale;

    /** The passages that something other than {@code signature} embedded. */
    StoredPassages(LuceneIndex index, String signature) {
        this.index = index;
        this.stale = new BooleanQuery.Builder()
                .add(LuceneEmbeddingStore.passages(null), BooleanClause.Occur.FILTER)
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(MetadataFields.TERMS + Passage.EMBEDDED_BY, signature)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Up to {@code limit} passages still to re-embed, read from the last commit. */
    List<Passage> next(int limit) {
        return read(index, stale, limit);
    }

    int count() {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(stale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    static List<Passage> passagesOf(LuceneIndex index, String reviewId) {
        index.refresh();
        Query query = LuceneEmbeddingStore.passages(new dev.langchain4j.store.embedding.filter.comparison.IsEqualTo(
                Passage.REVIEW_ID, reviewId));
        List<Passage> passages = new ArrayList<>(read(index, query, Integer.MAX_VALUE));
        passages.sort(Comparator.comparingInt(Passage::sectionIndex).thenComparingInt(Passage::passageIndex));
        return passages;
    }

    private static List<Passage> read(LuceneIndex index, Query query, int limit) {
        IndexSearcher searcher = index.acquire();
        try {
            int count = Math.min(limit, searcher.count(query));
            List<Passage> passages = new ArrayList<>(count);
            if (count == 0) {
                return passages;
            }
            // One reader for every hit: it keeps the block it last decompressed and its buffers.
            org.apache.lucene.index.StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                Document doc = fields.document(hit.doc);
                passages.add(Passage.fromSegment(doc.get(LuceneEmbeddingStore.ID), LuceneEmbeddingStore.segment(doc)));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
