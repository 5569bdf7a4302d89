package dev.reviewbot.embedding;

/**
 * Which in-process model embeds passages and questions (config: embedding).
 *
 * @param model            an {@link InProcessModel} id; environment REVIEWBOT_EMBEDDING_MODEL
 * @param queryInstruction whether questions get the model's recommended query instruction (bge has one)
 * @param polarityModel    the model whose embedding of each sentence its polarity is scored from; empty or
 *                         null: {@code model} itself (no second model). docs/QUALITY.md weighs the choice.
 */
public record EmbeddingSettings(String model, boolean queryInstruction, String polarityModel) {

    public EmbeddingSettings {
        InProcessModel.byId(model);
        if (polarityModel == null || polarityModel.isBlank()) {
            polarityModel = InProcessModel.byId(model).id();
        }
        try {
            polarityModel = InProcessModel.byId(polarityModel).id();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("embedding.model", "embedding.polarity-model"));
        }
    }

    /** Passages and polarity by the same model. */
    public EmbeddingSettings(String model, boolean queryInstruction) {
        this(model, queryInstruction, null);
    }

    /** Whether sentence polarity needs a second model beside the one that embeds passages. */
    public boolean separatePolarityModel() {
        return !polarityModel.equals(inProcessModel().id());
    }

    public InProcessModel inProcessModel() {
        return InProcessModel.byId(model);
    }

    /** The instruction to put before questions: the model's own, or none when turned off. */
    public String questionInstruction() {
        return queryInstruction ? inProcessModel().queryInstruction() : "";
    }
}
