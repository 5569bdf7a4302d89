package dev.reviewbot.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * Embeds questions with the model's query instruction in front (bge's "Represent this sentence for
 * searching relevant passages: "). Used for questions only; passages are embedded as they are.
 */
public final class QueryInstructionEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final String instruction;

    public QueryInstructionEmbeddingModel(EmbeddingModel delegate, String instruction) {
        this.delegate = delegate;
        this.instruction = instruction;
    }

    /** The model itself when there is no instruction to add. */
    public static EmbeddingModel wrap(EmbeddingModel model, String instruction) {
        return instruction == null || instruction.isEmpty() ? model : new QueryInstructionEmbeddingModel(model, instruction);
    }

    @Override
    public Response<Embedding> embed(String text) {
        return delegate.embed(instruction + text);
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return delegate.embedAll(segments.stream().map(s -> TextSegment.from(instruction + s.text(), s.metadata())).toList());
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }
}
