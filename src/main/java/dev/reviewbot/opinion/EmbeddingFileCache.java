package dev.reviewbot.opinion;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Embeds many sentences once and keeps the vectors in a file named by the model and a hash of the
 * sentences, so that refitting (another l2, another fold count) skips minutes of embedding.
 */
public final class EmbeddingFileCache {

    private static final int BATCH = 128;

    private final Path dir;

    public EmbeddingFileCache(Path dir) {
        this.dir = dir;
    }

    public float[][] embed(List<String> sentences, EmbeddingModel model, String modelId, IntConsumer progress)
            throws IOException {
        Path file = dir.resolve(modelId + "-" + hash(sentences) + ".bin");
        if (Files.isRegularFile(file)) {
            return read(file, sentences.size());
        }
        float[][] vectors = new float[sentences.size()][];
        for (int from = 0; from < sentences.size(); from += BATCH) {
            List<TextSegment> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) {
                vectors[from + i] = embedded.get(i).vector();
            }
            progress.accept(from + batch.size());
        }
        write(file, vectors);
        return vectors;
    }

    private static float[][] read(Path file, int n) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            int d = in.readInt();
            if (count != n) {
                throw new IOException(file + " holds " + count + " vectors, expected " + n);
            }
            float[][] vectors = new float[n][d];
            for (float[] v : vectors) {
                for (int j = 0; j < d; j++) {
                    v[j] = in.readFloat();
                }
            }
            return vectors;
        }
    }

    private static void write(Path file, float[][] vectors) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.writeInt(vectors.length);
            out.writeInt(vectors[0].length);
            for (float[] v : vectors) {
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String hash(List<String> sentences) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String s : sentences) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
