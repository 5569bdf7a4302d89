package dev.reviewbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashedVectorsTest {

    /** A model that must never run: the hashed vectors only borrow its dimension and name. */
    private static final EmbeddingModel NOT_RUN = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            throw new AssertionError("the model was run");
        }

        @Override
        public int dimension() {
            return 384;
        }

        @Override
        public String modelName() {
            return "all-minilm-l6-v2-q";
        }
    };

    @Test
    void theSameTextGetsTheSameUnitVector_anotherTextAnother_withoutRunningTheModel() {
        HashedVectors hashed = new HashedVectors(NOT_RUN);

        List<Embedding> vectors = hashed.embedAll(List.of(TextSegment.from("Music: the score soars."),
                TextSegment.from("Acting: wooden."), TextSegment.from("Music: the score soars."))).content();

        assertThat(vectors.get(0)).isEqualTo(vectors.get(2));
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
        assertThat(vectors.get(0).dimension()).isEqualTo(384);
        double norm = 0;
        for (float x : vectors.get(1).vector()) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
        assertThat(hashed.modelName()).isEqualTo("all-minilm-l6-v2-q");
    }
}
