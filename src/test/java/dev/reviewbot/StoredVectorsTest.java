package dev.reviewbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' disk-kept vectors: what the model gave, read back by a later JVM without loading the model. */
class StoredVectorsTest {

    /** A stand-in model: a vector from each text's length and first letter, and a record of what it was sent. */
    private static final class RecordingModel implements EmbeddingModel {
        final List<String> sent = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(segment -> sent.add(segment.text()));
            return Response.from(segments.stream()
                    .map(segment -> Embedding.from(new float[] {segment.text().length(), segment.text().charAt(0), -0.25f}))
                    .toList());
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public String modelName() {
            return "recording";
        }
    }

    @TempDir
    Path directory;

    @Test
    void vectorsEmbeddedOnce_areReadBackByALaterInstance_withoutLoadingTheModel() {
        RecordingModel first = new RecordingModel();
        List<Embedding> given = new StoredVectors(directory, () -> first)
                .embedAll(List.of(TextSegment.from("Grim and gorgeous."), TextSegment.from("A slog."))).content();
        AtomicInteger loads = new AtomicInteger();
        StoredVectors later = new StoredVectors(directory, () -> {
            loads.incrementAndGet();
            return new RecordingModel();
        });

        List<Embedding> read = later.embedAll(List.of(TextSegment.from("A slog."), TextSegment.from("Grim and gorgeous."))).content();

        assertThat(read).containsExactly(given.get(1), given.get(0));
        assertThat(read.get(1).vector()).containsExactly(18f, 'G', -0.25f);
        assertThat(loads).hasValue(0);
        assertThat(first.sent).containsExactly("Grim and gorgeous.", "A slog.");
    }

    @Test
    void onlyTextsNoInstanceHasSeen_areSentToTheModel_onceEach() {
        new StoredVectors(directory, RecordingModel::new).embed("Seen before.");
        RecordingModel model = new RecordingModel();
        StoredVectors vectors = new StoredVectors(directory, () -> model);

        List<Embedding> embedded = vectors.embedAll(List.of(TextSegment.from("Seen before."), TextSegment.from("New."),
                TextSegment.from("New."))).content();
        vectors.embed("New.");

        assertThat(model.sent).containsExactly("New.");
        assertThat(embedded).hasSize(3);
        assertThat(embedded.get(1).vector()).containsExactly(4f, 'N', -0.25f);
        assertThat(embedded.get(2)).isEqualTo(embedded.get(1));
    }

    @Test
    void theModelsDimensionAndName_areKeptToo() {
        StoredVectors first = new StoredVectors(directory, RecordingModel::new);
        assertThat(first.dimension()).isEqualTo(3);
        assertThat(first.modelName()).isEqualTo("recording");
        AtomicInteger loads = new AtomicInteger();
        StoredVectors later = new StoredVectors(directory, () -> {
            loads.incrementAndGet();
            return new RecordingModel();
        });

        assertThat(later.dimension()).isEqualTo(3);
        assertThat(later.modelName()).isEqualTo("recording");
        assertThat(loads).hasValue(0);
    }
}
