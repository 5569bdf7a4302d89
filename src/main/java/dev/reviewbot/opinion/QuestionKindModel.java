package dev.reviewbot.opinion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reviewbot.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of question an embedding is (pros and cons, disagreement, comparison, or none of them): one logistic
 * regression per kind over the question model's unit embedding, the most probable kind winning. Fitted by
 * `reviewbot fit-question-kinds` on labelled questions (the tuning parts of the outside eval sets) and bundled as
 * src/main/resources/kinds/&lt;model&gt;.json; read where the model has one, else the kinds' descriptions decide.
 *
 * @param model          the embedding model's id
 * @param kinds          the kinds, {@link OpinionKind#key()} or {@link #OTHER}, one row of weights each
 * @param weights        per kind, the weight of each embedding dimension
 * @param bias           per kind
 * @param crossValidated per kind, the share of its questions routed to it when each eval set was held out in turn
 * @param questions      how many questions it was fitted on
 * @param l2             the penalty chosen by that cross-validation
 * @param command        the command that reproduces this file
 */
public record QuestionKindModel(String model, List<String> kinds, double[][] weights, double[] bias,
                                Map<String, Double> crossValidated, int questions, double l2, String command) {

    /** The kind of every question that is none of the opinion kinds. */
    public static final String OTHER = "other";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public QuestionKindModel {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty() || weights == null || bias == null || weights.length != kinds.size() || bias.length != kinds.size()) {
            throw new IllegalArgumentException("question kinds need one row of weights and one bias per kind");
        }
        if (Arrays.stream(weights).anyMatch(row -> row.length != weights[0].length || Arrays.stream(row).anyMatch(w -> !Double.isFinite(w)))
                || Arrays.stream(bias).anyMatch(b -> !Double.isFinite(b))) {
            throw new IllegalArgumentException("question kind weights must be finite numbers, as many for every kind");
        }
        if (kinds.stream().anyMatch(k -> !OTHER.equals(k) && OpinionKind.named(k).isEmpty())) {
            throw new IllegalArgumentException("unknown question kind in " + kinds);
        }
        crossValidated = crossValidated == null ? Map.of() : Map.copyOf(crossValidated);
    }

    /** The most probable kind of a question with this unit embedding: an opinion kind, or empty for any other question. */
    public Optional<OpinionKind> kindOf(float[] unit) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < kinds.size(); k++) {
            double z = bias[k];
            for (int j = 0; j < unit.length; j++) {
                z += weights[k][j] * unit[j];
            }
            if (z > bestScore) { // the sigmoid is monotonic: the largest margin is the most probable kind
                bestScore = z;
                best = k;
            }
        }
        return OTHER.equals(kinds.get(best)) ? Optional.empty() : OpinionKind.named(kinds.get(best));
    }

    /** The bundled weights for this embedding model, if it has any. */
    public static Optional<QuestionKindModel> bundled(String model) {
        try (InputStream in = QuestionKindModel.class.getResourceAsStream(resource(model))) {
            return in == null ? Optional.empty() : Optional.of(read(in, resource(model)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question kinds " + resource(model), e);
        }
    }

    /** Reads weights; a file that is not such weights is a {@link ConfigException} of one line naming it. */
    public static QuestionKindModel read(InputStream in, String name) throws IOException {
        try {
            return JSON.readValue(in, QuestionKindModel.class);
        } catch (JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage()
                    : e.getOriginalMessage();
            throw new ConfigException("bad question kinds " + name + ": " + reason.lines().findFirst().orElse(""), e);
        }
    }

    /** Where the weights live in the jar (and under src/main/resources in the project). */
    public static String resource(String model) {
        return "/kinds/" + model + ".json";
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), this);
    }
}
