package dev.reviewbot.library;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real model, counting what it embeds, and able to fail on demand (a crash mid-ingest). */
public final class CountingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel real;
    public final AtomicInteger embedded = new AtomicInteger();
    public volatile int failAfter = Integer.MAX_VALUE;

    public CountingEmbeddingModel(EmbeddingModel real) {
        this.real = real;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (embedded.get() + segments.size() > failAfter) {
            throw new IllegalStateException("simulated crash while embedding");
        }
        embedded.addAndGet(segments.size());
        return real.embedAll(segments);
    }

    @Override
    public int dimension() {
        return real.dimension();
    }
}
