package dev.reviewbot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model, embedding each distinct text once: a text seen before gets the vector the model gave it then.
 * The bench seeds large database libraries through it, whose synthetic reviews repeat most passages and
 * sentences word for word; the vectors stored are the model's own, only not computed again. Unbounded: one
 * per seeding, dropped after it.
 */
public final class ReusedVectors implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Map<String, Embedding> vectors = new ConcurrentHashMap<>();

    public ReusedVectors(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Set<String> missing = new LinkedHashSet<>();
        segments.stream().map(TextSegment::text).filter(text -> !vectors.containsKey(text)).forEach(missing::add);
        if (!missing.isEmpty()) {
            List<String> texts = new ArrayList<>(missing);
            List<Embedding> embedded = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < texts.size(); i++) {
                vectors.put(texts.get(i), embedded.get(i));
            }
        }
        return Response.from(segments.stream().map(segment -> vectors.get(segment.text())).toList());
    }

    /** How many distinct texts the model embedded. */
    int embedded() {
        return vectors.size();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
