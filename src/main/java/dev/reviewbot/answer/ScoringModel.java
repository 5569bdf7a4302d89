package dev.reviewbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fitted sentence scoring for one embedding model: P(the sentence answers | its features) =
 * sigmoid(weights . features + bias), and the probability below which the best sentence is not evidence
 * enough and the bot declines. Written by `reviewbot fit-scoring` to src/main/resources/scoring/&lt;model&gt;.json
 * (bundled in the jar) with the cross-validated figures and the command that reproduces it.
 *
 * @param model          the embedding model's id (embedding.model): cosines differ between models
 * @param features       the feature names, in {@link SentenceFeatures#NAMES} order
 * @param fusion         how retrieval orders passages: the weights of a passage-level logistic regression over
 *                       cosine similarity, saturated BM25 and the aspect label (P(the passage holds an answer))
 * @param declineBelow   the best sentence's probability under which the bot declines
 * @param passages       how many of the best passages are searched for a sentence (all of the film's for a
 *                       runtime, a date, an amount or a rating)
 * @param crossValidated figures each scored with weights fitted without the questions scored
 * @param command        the command that reproduces this file
 */
public record ScoringModel(String model, List<String> features, double[] weights, double bias, double[] fusion,
                           double declineBelow,
                           int passages, double l2, int folds, Map<String, String> crossValidated, String data,
                           String command) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ScoringModel {
        if (weights == null || features == null || weights.length != features.size()) {
            throw new IllegalArgumentException("scoring weights: " + (weights == null ? 0 : weights.length)
                    + " weights for " + (features == null ? 0 : features.size()) + " features");
        }
        if (!features.equals(SentenceFeatures.NAMES)) {
            throw new IllegalArgumentException("scoring weights are for the features " + features + ", the answerer computes "
                    + SentenceFeatures.NAMES + ": run ./reviewbot fit-scoring");
        }
        if (fusion == null || fusion.length != 3) {
            throw new IllegalArgumentException("scoring fusion: three weights (similarity, lexical, aspect) expected");
        }
        if (passages < 1) {
            throw new IllegalArgumentException("scoring passages must be at least 1, was " + passages);
        }
        features = List.copyOf(features);
        crossValidated = crossValidated == null ? Map.of() : Map.copyOf(crossValidated);
    }

    /** The bundled weights for the model, if they have been fitted. */
    public static Optional<ScoringModel> bundled(String model) {
        try (InputStream in = ScoringModel.class.getResourceAsStream(resource(model))) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, ScoringModel.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scoring weights " + resource(model) + " (" + e.getMessage() + ")", e);
        }
    }

    /** Weights from a file, with a one-line error naming it when they cannot be read. */
    public static ScoringModel read(Path file) {
        try {
            return JSON.readValue(file.toFile(), ScoringModel.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the scoring weights " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Where the weights live in the jar (and under src/main/resources in the project). */
    public static String resource(String model) {
        return "/scoring/" + model + ".json";
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), this);
    }

    /** The probability that a sentence with these features answers. */
    public double probability(double[] x) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** The same weights with another decline threshold (the fit chooses it after the weights). */
    public ScoringModel withDeclineBelow(double threshold) {
        return new ScoringModel(model, features, weights, bias, fusion, threshold, passages, l2, folds, crossValidated, data,
                command);
    }

    /** The weight of one feature. */
    public double weight(String feature) {
        return weights[features.indexOf(feature)];
    }

    /** A passage's fused score (the passage-level model's log-odds, less its bias). */
    public double passageScore(double similarity, double lexical, boolean aspectMatch) {
        return fusion[0] * similarity + fusion[1] * lexical + (aspectMatch ? fusion[2] : 0);
    }

    /** How retrieval fuses its rankings: BM25's weight relative to cosine similarity's, from the passage-level fit. */
    public double lexicalWeight() {
        return relativeToSimilarity(1);
    }

    /** The aspect label's weight relative to cosine similarity's. */
    public double aspectBoost() {
        return relativeToSimilarity(2);
    }

    /**
     * A sentence feature's weight relative to the passage's cosine similarity's: the unit retrieval's fused passage
     * score is in, so that a sentence's features add to its passage's score as this model weighs them.
     */
    public double relativeWeight(String feature) {
        double similarity = weight(SentenceFeatures.SIMILARITY);
        return similarity > 0 ? Math.max(0, weight(feature) / similarity) : 0;
    }

    private double relativeToSimilarity(int feature) {
        return fusion[0] > 0 ? Math.max(0, fusion[feature] / fusion[0]) : 0;
    }
}
