package dev.reviewbot.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The sentence embedding models that ship inside Maven artifacts and run in-process (no network). Both
 * give 384 dimensions, but their vectors are not comparable: a library records which one embedded it.
 */
public enum InProcessModel {

    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
    /** LangChain4j's Javadoc recommends this instruction before retrieval queries (not before passages). */
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", "Represent this sentence for searching relevant passages: ",
            BgeSmallEnV15QuantizedEmbeddingModel::new);

    private final String id;
    private final String queryInstruction;
    private final Supplier<EmbeddingModel> factory;

    InProcessModel(String id, String queryInstruction, Supplier<EmbeddingModel> factory) {
        this.id = id;
        this.queryInstruction = queryInstruction;
        this.factory = factory;
    }

    /** The name used in config (embedding.model), in the library and in the polarity weights' file name. */
    public String id() {
        return id;
    }

    /** Text put before a question (not before passages) when embedding it for search; empty when none. */
    public String queryInstruction() {
        return queryInstruction;
    }

    /** Loads the model (a second or two: the ONNX file is read from the jar). */
    public EmbeddingModel load() {
        return factory.get();
    }

    public static InProcessModel byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("embedding.model must be one of "
                        + Arrays.stream(values()).map(InProcessModel::id).toList() + ", was '" + id + "'"));
    }
}
