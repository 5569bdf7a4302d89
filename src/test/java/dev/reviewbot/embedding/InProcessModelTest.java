package dev.reviewbot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models a config may name, and the question instruction wrapped around one. */
class InProcessModelTest {

    /** Records what reaches the model; answers each text with its length, so vectors tell texts apart. */
    private static final class Recording implements EmbeddingModel {
        final List<TextSegment> seen = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            seen.addAll(segments);
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length()})).toList());
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public String modelName() {
            return "recording";
        }
    }

    @Test
    void aModelId_isFoundWhateverItsCaseAndSpaces_andAnUnknownOneNamesTheChoices() {
        assertThat(InProcessModel.byId(" BGE-Small-EN-v15-Q ")).isEqualTo(InProcessModel.BGE_SMALL_EN_V15_Q);
        assertThat(InProcessModel.byId("all-minilm-l6-v2-q")).isEqualTo(InProcessModel.ALL_MINILM_L6_V2_Q);
        assertThatThrownBy(() -> InProcessModel.byId(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding.model must be one of [all-minilm-l6-v2-q, bge-small-en-v15-q], was 'null'");
        assertThatThrownBy(() -> new EmbeddingSettings("minilm", true)).hasMessageEndingWith("was 'minilm'");
    }

    @Test
    void theQuestionInstruction_isTheModelsOwn_onlyWhenTurnedOn() {
        assertThat(new EmbeddingSettings("bge-small-en-v15-q", true).questionInstruction())
                .isEqualTo("Represent this sentence for searching relevant passages: ");
        assertThat(new EmbeddingSettings("bge-small-en-v15-q", false).questionInstruction()).isEmpty();
        assertThat(new EmbeddingSettings("all-minilm-l6-v2-q", true).questionInstruction()).isEmpty();
        assertThat(new EmbeddingSettings("bge-small-en-v15-q", false).inProcessModel()).isEqualTo(InProcessModel.BGE_SMALL_EN_V15_Q);
    }

    @Test
    void aLoadedModel_embedsInto384Dimensions_andTellsTextsApart() {
        EmbeddingModel model = InProcessModel.ALL_MINILM_L6_V2_Q.load();

        Embedding acting = model.embed("The acting is superb.").content();
        Embedding score = model.embed("The score is a single cello.").content();

        assertThat(model.dimension()).isEqualTo(384);
        assertThat(acting.vector()).hasSize(384);
        assertThat(acting.vector()).isNotEqualTo(score.vector());
    }

    @Test
    void everyWayOfEmbeddingAQuestion_putsTheInstructionFirst_keepingMetadata() {
        Recording recording = new Recording();
        EmbeddingModel wrapped = QueryInstructionEmbeddingModel.wrap(recording, "Q: ");

        Embedding one = wrapped.embed(TextSegment.from("acting?")).content();
        List<Embedding> two = wrapped.embedAll(List.of(TextSegment.from("score?", Metadata.from("film", "Lantern Bay")),
                TextSegment.from("plot?"))).content();

        assertThat(recording.seen).extracting(TextSegment::text).containsExactly("Q: acting?", "Q: score?", "Q: plot?");
        assertThat(recording.seen.get(1).metadata().getString("film")).isEqualTo("Lantern Bay");
        assertThat(one.vector()).containsExactly(10f);
        assertThat(two).extracting(e -> e.vector()[0]).containsExactly(9f, 8f);
        assertThat(wrapped.dimension()).isEqualTo(1);
        assertThat(wrapped.modelName()).isEqualTo("recording");
        assertThat(QueryInstructionEmbeddingModel.wrap(recording, null)).isSameAs(recording);
    }
}
