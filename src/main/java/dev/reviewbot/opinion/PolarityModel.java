package dev.reviewbot.opinion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reviewbot.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fitted polarity weights for one embedding model: P(praise | sentence) = sigmoid(weights . embedding + the
 * weights of the word n-grams the sentence holds + bias), with how they were fitted and how well they do.
 * Written by `reviewbot fit-polarity` to src/main/resources/polarity/&lt;model&gt;.json and bundled in the jar.
 *
 * @param model                  the embedding model's id (embedding.model)
 * @param ngrams                 weight of each word n-gram ({@link SentenceNgrams}); empty for the embedding alone
 * @param ngramLength            the longest n-gram weighed (0 when there are none)
 * @param negation               whether the n-grams include those with words in a negation's scope marked
 *                               ({@link SentenceNgrams#of(String, int, boolean)}); false in files written before
 * @param characterLength        the longest character n-gram weighed ({@link SentenceNgrams#characters}, keys
 *                               starting "#" in {@code ngrams}); 0 for none, as in files written before
 * @param crossValidatedAccuracy mean accuracy over the folds, each fold scored by weights fitted without it
 * @param folds                  how many folds
 * @param sentences              labelled sentences fitted on
 * @param l2                     the penalty on the squared (standardised) weights
 * @param data                   where the sentences came from
 * @param command                the command that reproduces this file
 */
public record PolarityModel(String model, double[] weights, double bias, Map<String, Double> ngrams, int ngramLength,
                            boolean negation, int characterLength, double crossValidatedAccuracy, int folds,
                            int sentences, double l2, String data,
                            String command) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public PolarityModel {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("polarity weights are missing");
        }
        if (!Double.isFinite(bias) || Arrays.stream(weights).anyMatch(w -> !Double.isFinite(w))
                || ngrams != null && ngrams.values().stream().anyMatch(w -> w == null || !Double.isFinite(w))) {
            throw new IllegalArgumentException("polarity weights must be finite numbers");
        }
        ngrams = ngrams == null ? Map.of() : Map.copyOf(ngrams);
        if (ngramLength < 0 || ngrams.isEmpty() != (ngramLength == 0)) {
            throw new IllegalArgumentException("ngramLength must be the longest n-gram weighed (0 without n-grams), was "
                    + ngramLength);
        }
        if (characterLength < 0 || characterLength > 0 && ngramLength == 0) {
            throw new IllegalArgumentException("characterLength must be 0, or the longest character n-gram beside "
                    + "word n-grams, was " + characterLength);
        }
    }

    /** Weights over the embedding and plain word n-grams. */
    public PolarityModel(String model, double[] weights, double bias, Map<String, Double> ngrams, int ngramLength,
                         double crossValidatedAccuracy, int folds, int sentences, double l2, String data,
                         String command) {
        this(model, weights, bias, ngrams, ngramLength, false, 0, crossValidatedAccuracy, folds, sentences, l2, data,
                command);
    }

    /** Weights over the embedding alone. */
    public PolarityModel(String model, double[] weights, double bias, double crossValidatedAccuracy, int folds,
                         int sentences, double l2, String data, String command) {
        this(model, weights, bias, Map.of(), 0, false, 0, crossValidatedAccuracy, folds, sentences, l2, data, command);
    }

    /** The bundled weights for the model, if they have been fitted. */
    public static Optional<PolarityModel> bundled(String model) {
        try (InputStream in = PolarityModel.class.getResourceAsStream(resource(model))) {
            return in == null ? Optional.empty() : Optional.of(read(in, resource(model)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the polarity weights " + resource(model), e);
        }
    }

    /** Reads weights; a file that is not such weights is a {@link ConfigException} of one line naming it. */
    public static PolarityModel read(InputStream in, String name) throws IOException {
        try {
            return JSON.readValue(in, PolarityModel.class);
        } catch (JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage()
                    : e.getOriginalMessage();
            throw new ConfigException("bad polarity weights " + name + ": " + reason.lines().findFirst().orElse(""), e);
        }
    }

    /** Where the weights live in the jar (and under src/main/resources in the project). */
    public static String resource(String model) {
        return "/polarity/" + model + ".json";
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), this);
    }

    /** Praise (+1) .. criticism (-1) for an embedding made by {@link #model()}, its sentence's n-grams aside. */
    public double polarity(float[] embedding) {
        return polarity("", embedding);
    }

    /** Praise (+1) .. criticism (-1) for a sentence and its embedding made by {@link #model()}. */
    public double polarity(String sentence, float[] embedding) {
        if (embedding.length != weights.length) {
            throw new IllegalArgumentException("an embedding of " + embedding.length + " dimensions for weights of "
                    + weights.length);
        }
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * embedding[j];
        }
        if (ngramLength > 0) {
            for (String gram : SentenceNgrams.of(sentence, ngramLength, negation)) {
                z += ngrams.getOrDefault(gram, 0.0);
            }
            if (characterLength > 0) {
                for (String gram : SentenceNgrams.characters(sentence, characterLength)) {
                    z += ngrams.getOrDefault(gram, 0.0);
                }
            }
        }
        return 2 * LogisticRegression.sigmoid(z) - 1;
    }

    /** A short fingerprint of the weights: a library rescored with other weights can tell. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (double w : weights) {
                digest.update(Double.toString(w).getBytes(StandardCharsets.US_ASCII));
            }
            digest.update(Double.toString(bias).getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, Double> gram : new TreeMap<>(ngrams).entrySet()) { // none: as before n-grams
                digest.update((gram.getKey() + "=" + gram.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
