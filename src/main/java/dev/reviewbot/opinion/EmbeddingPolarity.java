package dev.reviewbot.opinion;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.embedding.InProcessModel;
import dev.reviewbot.library.SentencePolarity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence polarity from fitted logistic-regression weights over the in-process sentence embedding and the
 * sentence's word n-grams.
 */
public final class EmbeddingPolarity implements SentencePolarity {

    /**
     * The bundled weights by model id, read once per JVM: the file is 3.5 MB of JSON and its version hashes
     * every weight, and every bot (each test's too) asks for them; the jar's resources do not change.
     */
    private static final Map<String, Optional<Fitted>> BUNDLED = new ConcurrentHashMap<>();

    private final EmbeddingModel embeddings;
    private final PolarityModel weights;
    /** Computed once: it hashes every weight, and each stored passage is tagged with it. */
    private final String version;

    /** @param embeddings the model the weights were fitted for (passages, not questions: no query instruction) */
    public EmbeddingPolarity(EmbeddingModel embeddings, PolarityModel weights) {
        this(embeddings, new Fitted(weights));
    }

    private EmbeddingPolarity(EmbeddingModel embeddings, Fitted fitted) {
        this.embeddings = embeddings;
        this.weights = fitted.weights();
        this.version = fitted.version();
    }

    /** Weights with their version, which costs a hash over every weight. */
    private record Fitted(PolarityModel weights, String version) {
        Fitted(PolarityModel weights) {
            this(weights, weights.model() + "-" + weights.version());
        }
    }

    /**
     * The models other than the passage model that score polarity, loaded once per JVM: each is an ONNX session
     * of some 30 MB, safe to share, and every bot (each test's too) would otherwise load its own.
     */
    private static final Map<String, EmbeddingModel> SECOND_MODELS = new ConcurrentHashMap<>();

    /**
     * Scoring by each of {@code modelIds} with its bundled weights, as one polarity ({@link MeanPolarity}); the
     * passage model is used as it is, any other is loaded.
     */
    public static SentencePolarity forModels(EmbeddingModel passageModel, String passageModelId, List<String> modelIds) {
        return MeanPolarity.of(modelIds.stream().map(id -> forModel(id.equals(passageModelId) ? passageModel
                : SECOND_MODELS.computeIfAbsent(id, i -> InProcessModel.byId(i).load()), id)).toList());
    }

    /** Scoring with the bundled weights for the model, or none (with the reason logged) when they are missing. */
    public static SentencePolarity forModel(EmbeddingModel embeddings, String modelId) {
        return BUNDLED.computeIfAbsent(modelId, id -> PolarityModel.bundled(id).map(Fitted::new))
                .<SentencePolarity>map(fitted -> new EmbeddingPolarity(embeddings, fitted))
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
