package dev.reviewbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feedback as JSON lines (one object per click) in this process's data folder; with no file (an in-memory
 * library) it only counts. Counts start at zero with the process.
 */
public final class JsonLinesFeedback implements FeedbackStore {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path file;
    private final AtomicLong helpful = new AtomicLong();
    private final AtomicLong unhelpful = new AtomicLong();

    /** @param file where to append, or null to keep nothing but the counts */
    public JsonLinesFeedback(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void append(Feedback feedback) {
        (feedback.helpful() ? helpful : unhelpful).incrementAndGet();
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, json.writeValueAsString(feedback) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feedback is always serialisable", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record feedback in " + file, e);
        }
    }

    @Override
    public long count(boolean helpfulOnes) {
        return (helpfulOnes ? helpful : unhelpful).get();
    }
}
