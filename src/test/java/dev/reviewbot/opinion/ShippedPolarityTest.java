package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.TestBots;
import dev.reviewbot.embedding.InProcessModel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weights shipped in the jar (embedding and word n-grams) tell clear praise from clear criticism, for each model. */
class ShippedPolarityTest {

    private static final List<String> PRAISE = List.of(
            "A gorgeous, moving film with a superb lead performance.",
            "The score is haunting and beautiful, and the photography is stunning.",
            "One of the most thrilling and inventive action films in years.");
    private static final List<String> CRITICISM = List.of(
            "The plot is a tedious mess and the dialogue is painfully clumsy.",
            "A dull, lifeless film that wastes its talented cast.",
            "The editing is sloppy and the ending falls completely flat.");

    @ParameterizedTest
    @EnumSource(InProcessModel.class)
    void shippedWeights_separateClearPraiseFromClearCriticism(InProcessModel which) {
        PolarityModel weights = PolarityModel.bundled(which.id()).orElseThrow();
        EmbeddingModel model = which == InProcessModel.ALL_MINILM_L6_V2_Q ? TestBots.model() : which.load();
        EmbeddingPolarity polarity = new EmbeddingPolarity(model, weights);

        assertThat(polarity.score(PRAISE)).allSatisfy(p -> assertThat(p).isGreaterThan(0.3));
        assertThat(polarity.score(CRITICISM)).allSatisfy(p -> assertThat(p).isLessThan(-0.3));
        assertThat(weights.model()).isEqualTo(which.id());
        assertThat(weights.sentences()).isGreaterThan(10_000);
        assertThat(weights.crossValidatedAccuracy()).isGreaterThan(0.8);
        assertThat(weights.ngramLength()).isEqualTo(2);
        assertThat(weights.ngrams().get("dull")).isNegative();
        assertThat(weights.command()).contains("fit-polarity").contains(which.id());
    }
}
