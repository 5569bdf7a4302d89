package dev.reviewbot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.library.Passage;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks passages by fusing the embedding store's nearest neighbours with BM25, plus a boost for passages
 * whose section covers what the question asks about, weighed as the fitted sentence scoring weighs them. Embeddings find paraphrases; BM25 finds names
 * (actors, cinematographers) that embeddings blur; the aspect boost maps "cast" onto "Performances".
 */
public final class HybridRetriever {

    /** The BM25 score at which a passage counts as half-way lexically relevant. */
    private static final double LEXICAL_SATURATION = 3.0;

    private final EmbeddingStore<TextSegment> store;
    private final EmbeddingModel embeddings;
    private final LexicalSearch lexical;
    private final AspectVocabulary vocabulary;
    private final RetrievalSettings settings;
    private final PassageFusion fusion;

    public HybridRetriever(EmbeddingStore<TextSegment> store, EmbeddingModel embeddings, LexicalSearch lexical,
                           AspectVocabulary vocabulary, RetrievalSettings settings, PassageFusion fusion) {
        this.store = store;
        this.embeddings = embeddings;
        this.lexical = lexical;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.fusion = fusion;
    }

    /** Passages best first (none when the scope holds none), with the weight of each question term. */
    public Retrieval retrieve(Question question) {
        Filter scope = question.scoped()
                ? new IsIn(Passage.FILM_KEY, question.films().stream().map(Passage::filmKey).toList())
                : null;
        if (question.reviewer() != null) {
            Filter byReviewer = new IsEqualTo(Passage.REVIEWER, question.reviewer());
            scope = scope == null ? byReviewer : scope.and(byReviewer);
        }
        Embedding query = question.meaning() != null ? question.meaning() : embeddings.embed(question.searchText()).content();
        List<EmbeddingMatch<TextSegment>> nearest = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(query).maxResults(settings.candidates()).filter(scope).build()).matches();
        List<LexicalSearch.Hit> keyword = lexical.search(question.terms(), question.expansion(), scope, settings.candidates());

        Map<String, Passage> passages = new LinkedHashMap<>();
        Map<String, Double> similarity = new HashMap<>();
        double floor = 0;
        for (EmbeddingMatch<TextSegment> match : nearest) {
            passages.put(match.embeddingId(), Passage.fromSegment(match.embeddingId(), match.embedded()));
            double cosine = 2 * match.score() - 1;
            similarity.put(match.embeddingId(), cosine);
            floor = Math.min(floor == 0 ? cosine : floor, cosine);
        }
        Map<String, Double> lexicalScore = new HashMap<>();
        for (LexicalSearch.Hit hit : keyword) {
            passages.putIfAbsent(hit.id(), Passage.fromSegment(hit.id(), hit.segment()));
            // Saturating, not relative to the best hit: a passage that matches only weak words stays weak.
            lexicalScore.put(hit.id(), hit.score() / (hit.score() + LEXICAL_SATURATION));
        }
        List<ScoredPassage> ranked = new ArrayList<>(passages.size());
        for (Map.Entry<String, Passage> entry : passages.entrySet()) {
            Passage passage = entry.getValue();
            double sim = similarity.getOrDefault(entry.getKey(), floor);
            double lex = lexicalScore.getOrDefault(entry.getKey(), 0.0);
            boolean aspectMatch = question.aspects().stream().anyMatch(a -> covers(passage, a));
            double score = sim + fusion.lexicalWeight() * lex + (aspectMatch ? fusion.aspectBoost() : 0);
            ranked.add(new ScoredPassage(passage, sim, lex, aspectMatch, score));
        }
        ranked.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return new Retrieval(ranked, lexical.idf(question.terms()));
    }

    /**
     * Whether the passage covers the aspect: by the labels given at ingest (heading seeds and meaning), or
     * for a passage stored before labelling, by its heading, a review without headings covering everything.
     */
    private boolean covers(Passage passage, Aspect aspect) {
        if (passage.aspects() != null) {
            return passage.aspects().contains(aspect.name());
        }
        return Section.WHOLE_REVIEW.equals(passage.section()) || vocabulary.covers(passage.section(), aspect);
    }
}
