package dev.reviewbot.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Passage;
import java.util.List;

/**
 * The yardstick: LangChain4j's plain EmbeddingStoreContentRetriever over the same store and model,
 * answering with its top passage. It never declines, knows no films, aspects or names.
 */
final class PlainRetrieverBaseline {

    private final EmbeddingStoreContentRetriever retriever;

    PlainRetrieverBaseline(EmbeddingStore<TextSegment> store, EmbeddingModel model) {
        this.retriever = EmbeddingStoreContentRetriever.builder().embeddingStore(store).embeddingModel(model)
                .maxResults(3).build();
    }

    Answer answer(String question) {
        List<Content> contents = retriever.retrieve(Query.from(question));
        if (contents.isEmpty()) {
            return new Answer.Declined(question, "nothing retrieved", List.of());
        }
        TextSegment top = contents.get(0).textSegment();
        Passage p = Passage.fromSegment("baseline", top);
        return new Answer.Grounded(question, List.of(new Citation(p.film(), p.section(), p.reviewer(), p.text())));
    }
}
