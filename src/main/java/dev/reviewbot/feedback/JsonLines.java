package dev.reviewbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of JSON lines, bounded: when the file would pass {@code maxBytes} it becomes
 * {@code <file>.1} (replacing the older one) and a new file starts, so at most twice that is kept and the
 * newest half is always whole. With no file (an in-memory library) the last {@code maxRecords} stay in memory.
 * A line that cannot be read (a crash mid-write, a hand edit) is skipped, never fatal.
 */
final class JsonLines<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLines.class);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Class<T> type;
    private final long maxBytes;
    private final int maxRecords;
    private final Deque<T> memory = new ArrayDeque<>();

    /** @param file where to append, or null to keep the last {@code maxRecords} in memory only */
    JsonLines(Path file, Class<T> type, long maxBytes, int maxRecords) {
        this.file = file;
        this.type = type;
        this.maxBytes = maxBytes;
        this.maxRecords = maxRecords;
    }

    synchronized void append(T value) {
        if (file == null) {
            memory.addLast(value);
            if (memory.size() > maxRecords) {
                memory.removeFirst();
            }
            return;
        }
        byte[] line;
        try {
            line = (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(type.getSimpleName() + " is always serialisable", e);
        }
        try {
            if (Files.exists(file) && Files.size(file) + line.length > maxBytes) {
                Files.move(file, rotated(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** Every record kept, oldest first. */
    synchronized List<T> read() {
        if (file == null) {
            return List.copyOf(memory);
        }
        List<T> records = new ArrayList<>();
        read(rotated(), records);
        read(file, records);
        return records;
    }

    private void read(Path path, List<T> into) {
        if (!Files.exists(path)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        int skipped = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                into.add(JSON.readValue(line, type));
            } catch (JsonProcessingException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            LOG.warn("skipped {} unreadable line(s) in {}", skipped, path);
        }
    }

    private Path rotated() {
        return file.resolveSibling(file.getFileName() + ".1");
    }
}
