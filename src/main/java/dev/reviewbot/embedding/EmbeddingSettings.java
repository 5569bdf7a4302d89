package dev.reviewbot.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Which in-process model embeds passages and questions (config: embedding).
 *
 * @param model            an {@link InProcessModel} id; environment REVIEWBOT_EMBEDDING_MODEL
 * @param queryInstruction whether questions get the model's recommended query instruction (bge has one)
 * @param polarityModel    the models whose embedding of each sentence its polarity is scored from, comma-separated
 *                         (several: the mean of their margins); empty or null: {@code model} itself (no second
 *                         model). docs/QUALITY.md weighs the choice.
 */
public record EmbeddingSettings(String model, boolean queryInstruction, String polarityModel) {

    public EmbeddingSettings {
        InProcessModel.byId(model);
        if (polarityModel == null || polarityModel.isBlank()) {
            polarityModel = InProcessModel.byId(model).id();
        }
        List<String> ids = new ArrayList<>();
        for (String id : polarityModel.split(",")) {
            try {
                ids.add(InProcessModel.byId(id).id());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace("embedding.model", "embedding.polarity-model"));
            }
        }
        polarityModel = String.join(",", ids.stream().distinct().toList());
    }

    /** Passages and polarity by the same model. */
    public EmbeddingSettings(String model, boolean queryInstruction) {
        this(model, queryInstruction, null);
    }

    /** The models sentence polarity is scored from, in the order given; the first also reads a question's side. */
    public List<String> polarityModels() {
        return List.of(polarityModel.split(","));
    }

    /** Whether sentence polarity needs a second model beside the one that embeds passages. */
    public boolean separatePolarityModel() {
        return polarityModels().stream().anyMatch(id -> !id.equals(inProcessModel().id()));
    }

    public InProcessModel inProcessModel() {
        return InProcessModel.byId(model);
    }

    /** The instruction to put before questions: the model's own, or none when turned off. */
    public String questionInstruction() {
        return queryInstruction ? inProcessModel().queryInstruction() : "";
    }
}
