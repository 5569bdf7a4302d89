package dev.reviewbot.opinion;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.library.SentencePolarity;
import java.util.List;

/**
 * Sentence polarity from fitted logistic-regression weights over the in-process sentence embedding and the
 * sentence's word n-grams.
 */
public final class EmbeddingPolarity implements SentencePolarity {

    private final EmbeddingModel embeddings;
    private final PolarityModel weights;
    /** Computed once: it hashes every weight, and each stored passage is tagged with it. */
    private final String version;

    /** @param embeddings the model the weights were fitted for (passages, not questions: no query instruction) */
    public EmbeddingPolarity(EmbeddingModel embeddings, PolarityModel weights) {
        this.embeddings = embeddings;
        this.weights = weights;
        this.version = weights.model() + "-" + weights.version();
    }

    /** Scoring with the bundled weights for the model, or none (with the reason logged) when they are missing. */
    public static SentencePolarity forModel(EmbeddingModel embeddings, String modelId) {
        return PolarityModel.bundled(modelId).<SentencePolarity>map(w -> new EmbeddingPolarity(embeddings, w))
                .orElseGet(() -> {
                    org.slf4j.LoggerFactory.getLogger(EmbeddingPolarity.class).warn(
                            "no polarity weights for {} ({}): sentences are stored without polarity; "
                                    + "fit them with `reviewbot fit-polarity --model {}`", modelId,
                            PolarityModel.resource(modelId), modelId);
                    return SentencePolarity.NONE;
                });
    }

    @Override
    public List<Double> score(List<String> sentences) {
        List<Embedding> vectors = embeddings.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        List<Double> scores = new java.util.ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            scores.add(weights.polarity(sentences.get(i), vectors.get(i).vector()));
        }
        return scores;
    }

    /** A single sentence, for callers outside ingest (tests, the fit command's examples). */
    public double score(String sentence) {
        return weights.polarity(sentence, embeddings.embed(sentence).content().vector());
    }

    @Override
    public String version() {
        return version;
    }
}
