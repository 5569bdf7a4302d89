package dev.reviewbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reviewbot.TestBots;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReusedVectorsTest {

    @Test
    void eachDistinctTextIsEmbeddedOnce_andGetsTheModelsOwnVector() {
        List<String> asked = new ArrayList<>();
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                segments.forEach(segment -> asked.add(segment.text()));
                return TestBots.model().embedAll(segments);
            }
        };
        ReusedVectors reused = new ReusedVectors(counting);

        List<Embedding> first = reused.embedAll(segments("Music: the score soars.", "Acting: wooden.",
                "Music: the score soars.")).content();
        List<Embedding> second = reused.embedAll(segments("Acting: wooden.", "Story: it drags.")).content();

        assertThat(asked).containsExactly("Music: the score soars.", "Acting: wooden.", "Story: it drags.");
        assertThat(reused.embedded()).isEqualTo(3);
        assertThat(first).hasSize(3);
        assertThat(first.get(2)).isEqualTo(first.get(0));
        assertThat(second.get(0)).isEqualTo(first.get(1));
        assertThat(second.get(1).vector()).containsExactly(TestBots.model().embed("Story: it drags.").content().vector(),
                org.assertj.core.data.Offset.offset(1e-5f));
    }

    private static List<TextSegment> segments(String... texts) {
        return java.util.Arrays.stream(texts).map(TextSegment::from).toList();
    }
}
