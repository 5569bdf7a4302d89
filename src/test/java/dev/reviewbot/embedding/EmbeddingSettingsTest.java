package dev.reviewbot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingSettingsTest {

    @TempDir
    Path home;

    @Test
    void model_defaultsToMiniLm_andTheEnvironmentChoosesAnother() {
        BotConfig defaults = new ConfigLoader(Map.of(), home).load(null);
        BotConfig bge = new ConfigLoader(Map.of("REVIEWBOT_EMBEDDING_MODEL", "bge-small-en-v15-q"), home).load(null);

        assertThat(defaults.embedding().inProcessModel()).isEqualTo(InProcessModel.ALL_MINILM_L6_V2_Q);
        assertThat(defaults.embedding().questionInstruction()).isEmpty();
        assertThat(bge.embedding().inProcessModel()).isEqualTo(InProcessModel.BGE_SMALL_EN_V15_Q);
        assertThat(bge.embedding().questionInstruction()).startsWith("Represent this sentence");
    }

    @Test
    void unknownModel_isNamedWithTheChoices() {
        ConfigLoader loader = new ConfigLoader(Map.of("REVIEWBOT_EMBEDDING_MODEL", "gpt-embed"), home);

        assertThatThrownBy(() -> loader.load(null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("embedding.model must be one of [all-minilm-l6-v2-q, bge-small-en-v15-q]")
                .hasMessageContaining("gpt-embed");
    }

    @Test
    void polarityModel_defaultsToBothModels_emptyMeansThePassageModel_andTheEnvironmentChoosesAnother() {
        BotConfig defaults = new ConfigLoader(Map.of(), home).load(null);
        EmbeddingSettings alone = new EmbeddingSettings("all-minilm-l6-v2-q", true, "");
        BotConfig bge = new ConfigLoader(Map.of("REVIEWBOT_EMBEDDING_POLARITY_MODEL", "bge-small-en-v15-q"), home).load(null);

        assertThat(defaults.embedding().polarityModels()).containsExactly("all-minilm-l6-v2-q", "bge-small-en-v15-q");
        assertThat(defaults.embedding().separatePolarityModel()).isTrue();
        assertThat(alone.polarityModels()).containsExactly("all-minilm-l6-v2-q");
        assertThat(alone.separatePolarityModel()).isFalse();
        assertThat(bge.embedding().model()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(bge.embedding().polarityModel()).isEqualTo("bge-small-en-v15-q");
        assertThat(bge.embedding().separatePolarityModel()).isTrue();
    }

    @Test
    void polarityModel_blankMeansThePassageModel_andIsNormalised() {
        assertThat(new EmbeddingSettings("bge-small-en-v15-q", true).polarityModel()).isEqualTo("bge-small-en-v15-q");
        assertThat(new EmbeddingSettings(" BGE-small-en-v15-q", true, " ").polarityModel()).isEqualTo("bge-small-en-v15-q");
        assertThat(new EmbeddingSettings("bge-small-en-v15-q", true, " ").separatePolarityModel()).isFalse();
        assertThat(new EmbeddingSettings("all-minilm-l6-v2-q", true, " BGE-small-en-v15-q ").polarityModel())
                .isEqualTo("bge-small-en-v15-q");
        assertThat(new EmbeddingSettings("all-minilm-l6-v2-q", true, " all-MiniLM-l6-v2-q , bge-small-en-v15-q,all-minilm-l6-v2-q")
                .polarityModels()).containsExactly("all-minilm-l6-v2-q", "bge-small-en-v15-q");
        assertThat(new EmbeddingSettings("all-minilm-l6-v2-q", true, "all-minilm-l6-v2-q").separatePolarityModel()).isFalse();
        assertThatThrownBy(() -> new EmbeddingSettings("all-minilm-l6-v2-q", true, "all-minilm-l6-v2-q,gpt-embed"))
                .hasMessage("embedding.polarity-model must be one of [all-minilm-l6-v2-q, bge-small-en-v15-q], was 'gpt-embed'");
        assertThatThrownBy(() -> new EmbeddingSettings("all-minilm-l6-v2-q", true, "gpt-embed"))
                .hasMessage("embedding.polarity-model must be one of [all-minilm-l6-v2-q, bge-small-en-v15-q], was 'gpt-embed'");
    }

    @Test
    void queryInstruction_goesBeforeQuestionsOnly() {
        List<String> seen = new ArrayList<>();
        EmbeddingModel recording = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                segments.forEach(s -> seen.add(s.text()));
                return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1})).toList());
            }
        };

        QueryInstructionEmbeddingModel.wrap(recording, "Query: ").embed("how is the acting?");

        assertThat(seen).containsExactly("Query: how is the acting?");
        assertThat(QueryInstructionEmbeddingModel.wrap(recording, "")).isSameAs(recording);
    }
}
