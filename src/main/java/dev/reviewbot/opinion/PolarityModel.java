package dev.reviewbot.opinion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Fitted polarity weights for one embedding model: P(praise | sentence) = sigmoid(weights . embedding + bias),
 * with how they were fitted and how well they do. Written by `reviewbot fit-polarity` to
 * src/main/resources/polarity/&lt;model&gt;.json and bundled in the jar.
 *
 * @param model                  the embedding model's id (embedding.model)
 * @param crossValidatedAccuracy mean accuracy over the folds, each fold scored by weights fitted without it
 * @param folds                  how many folds
 * @param sentences              labelled sentences fitted on
 * @param l2                     the penalty on the squared (standardised) weights
 * @param data                   where the sentences came from
 * @param command                the command that reproduces this file
 */
public record PolarityModel(String model, double[] weights, double bias, double crossValidatedAccuracy, int folds,
                            int sentences, double l2, String data, String command) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PolarityModel {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("polarity weights are missing");
        }
    }

    /** The bundled weights for the model, if they have been fitted. */
    public static Optional<PolarityModel> bundled(String model) {
        try (InputStream in = PolarityModel.class.getResourceAsStream(resource(model))) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, PolarityModel.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the polarity weights " + resource(model), e);
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

    /** Praise (+1) .. criticism (-1) for an embedding made by {@link #model()}. */
    public double polarity(float[] embedding) {
        if (embedding.length != weights.length) {
            throw new IllegalArgumentException("an embedding of " + embedding.length + " dimensions for weights of "
                    + weights.length);
        }
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * embedding[j];
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
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
