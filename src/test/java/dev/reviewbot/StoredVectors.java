package dev.reviewbot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The real model's vectors, kept on disk between test JVMs: a text the model embedded once (in any earlier
 * JVM of the build) is read back, byte for byte what the model gave, instead of embedded again. PIT starts a
 * fresh JVM for every batch of mutants, and each one embedded every library its tests build, over and over
 * (most of a mutation run's time); surefire's forks pay it once more each. The model itself is loaded only on
 * the first text no JVM has seen. One file per text, named by the SHA-256 of the model and the text, written
 * to a temporary name and moved into place, so JVMs running side by side never read half a vector.
 */
final class StoredVectors implements EmbeddingModel {

    private final Path directory;
    private final Supplier<EmbeddingModel> loader;
    private final Map<String, Embedding> read = new ConcurrentHashMap<>();
    private EmbeddingModel model;

    StoredVectors(Path directory, Supplier<EmbeddingModel> loader) {
        this.directory = directory;
        this.loader = loader;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Set<String> missing = new LinkedHashSet<>();
        for (TextSegment segment : segments) {
            String text = segment.text();
            if (!read.containsKey(text)) {
                Embedding stored = stored(text);
                if (stored == null) {
                    missing.add(text);
                } else {
                    read.put(text, stored);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> texts = new ArrayList<>(missing);
            List<Embedding> embedded = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < texts.size(); i++) {
                store(texts.get(i), embedded.get(i));
                read.put(texts.get(i), embedded.get(i));
            }
        }
        return Response.from(segments.stream().map(segment -> read.get(segment.text())).toList());
    }

    @Override
    public int dimension() {
        return Integer.parseInt(property("dimension", () -> String.valueOf(model().dimension())));
    }

    @Override
    public String modelName() {
        return property("name", () -> String.valueOf(model().modelName()));
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = loader.get();
        }
        return model;
    }

    private String property(String name, Supplier<String> fromModel) {
        Path file = directory.resolve(name + ".txt");
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            String value = fromModel.get();
            write(file, value.getBytes(StandardCharsets.UTF_8));
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Embedding stored(String text) {
        Path file = fileOf(text);
        try {
            if (!Files.exists(file)) {
                return null;
            }
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
            float[] vector = new float[bytes.remaining() / Float.BYTES];
            bytes.asFloatBuffer().get(vector);
            return Embedding.from(vector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void store(String text, Embedding embedding) {
        float[] vector = embedding.vector();
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        try {
            write(fileOf(text), bytes.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "vector", ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String name = HexFormat.of().formatHex(digest);
            return directory.resolve(name.substring(0, 2)).resolve(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
