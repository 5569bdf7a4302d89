package dev.reviewbot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stand-in for the model that runs none: each text's vector is drawn from a generator seeded by the text's
 * SHA-256, so the same text always gets the same unit vector. The bench seeds large database libraries
 * through it when timing catch-up and ingest to visible, which read and index vectors whatever they hold. It
 * reports the model's dimension and name, so replicas take the vectors for the model's: answers over such a
 * library are not the model's answers, and the bench labels their latency so.
 */
public final class HashedVectors implements EmbeddingModel {

    private final EmbeddingModel model;

    public HashedVectors(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(segment -> vector(segment.text())).toList());
    }

    private Embedding vector(String text) {
        SplittableRandom random = new SplittableRandom(seed(text));
        float[] vector = new float[model.dimension()];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (random.nextDouble() * 2 - 1);
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return Embedding.from(vector);
    }

    private static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
