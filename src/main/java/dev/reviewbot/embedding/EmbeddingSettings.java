package dev.reviewbot.embedding;

/**
 * Which in-process model embeds passages and questions (config: embedding).
 *
 * @param model            an {@link InProcessModel} id; environment REVIEWBOT_EMBEDDING_MODEL
 * @param queryInstruction whether questions get the model's recommended query instruction (bge has one)
 */
public record EmbeddingSettings(String model, boolean queryInstruction) {

    public EmbeddingSettings {
        InProcessModel.byId(model);
    }

    public InProcessModel inProcessModel() {
        return InProcessModel.byId(model);
    }

    /** The instruction to put before questions: the model's own, or none when turned off. */
    public String questionInstruction() {
        return queryInstruction ? inProcessModel().queryInstruction() : "";
    }
}
