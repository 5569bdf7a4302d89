package dev.reviewbot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * Remembers the embeddings of recent questions: a repeated question skips the model. Batches (ingest)
 * pass straight through, so the cache holds questions, not the library.
 */
public final class CachingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final Cache<String, Embedding> cache;

    public CachingEmbeddingModel(EmbeddingModel delegate, Cache<String, Embedding> cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(cache.get(text, t -> delegate.embed(t).content()));
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return delegate.embedAll(segments);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    public Cache<String, Embedding> cache() {
        return cache;
    }
}
