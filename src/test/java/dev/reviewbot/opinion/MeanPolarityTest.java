package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reviewbot.TestBots;
import dev.reviewbot.library.SentencePolarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several polarity models as one: the mean of their margins, so the surer model wins where they disagree. */
class MeanPolarityTest {

    /** A model that gives every sentence the same polarity. */
    private static SentencePolarity constant(double polarity, String version) {
        return new SentencePolarity() {
            @Override
            public List<Double> score(List<String> sentences) {
                return sentences.stream().map(s -> polarity).toList();
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    @Test
    void theMeanOfMargins_leansTheWayOfTheSurerModel_notToZero() {
        // Margins 2 atanh(0.9) = 2.94 and 2 atanh(-0.5) = -1.10: their mean 0.92 is a polarity of tanh(0.46) = 0.431.
        SentencePolarity mean = MeanPolarity.of(List.of(constant(0.9, "a"), constant(-0.5, "b")));

        assertThat(mean.score(List.of("one", "two"))).hasSize(2)
                .allSatisfy(p -> assertThat(p).isCloseTo(0.4313, within(1e-3)));
        assertThat(mean.version()).isEqualTo("a+b");
    }

    @Test
    void aModelWithoutScores_isLeftOut_andCertaintyStaysFinite() {
        SentencePolarity unscored = MeanPolarity.of(List.of(constant(0.6, "a"), SentencePolarity.NONE));
        SentencePolarity certain = MeanPolarity.of(List.of(constant(1.0, "a"), constant(1.0, "b")));
        SentencePolarity none = MeanPolarity.of(List.of(SentencePolarity.NONE, SentencePolarity.NONE));

        assertThat(unscored.score(List.of("one"))).singleElement().satisfies(p -> assertThat(p).isCloseTo(0.6, within(1e-9)));
        assertThat(certain.score(List.of("one"))).singleElement().satisfies(p -> assertThat(p).isCloseTo(1.0, within(1e-9)));
        assertThat(none.score(List.of("one"))).singleElement().satisfies(p -> assertThat(p).isNaN());
    }

    @Test
    void oneModel_isItself_andNoneIsAnError() {
        SentencePolarity one = constant(0.2, "a");

        assertThat(MeanPolarity.of(List.of(one))).isSameAs(one);
        assertThatThrownBy(() -> MeanPolarity.of(List.of())).hasMessage("no polarity model");
    }

    @Test
    void theShippedPair_readsClearPraiseAndCriticism() {
        SentencePolarity both = EmbeddingPolarity.forModels(TestBots.model(), "all-minilm-l6-v2-q",
                List.of("all-minilm-l6-v2-q", "bge-small-en-v15-q"));

        assertThat(both.score(List.of("A gorgeous, moving film with a superb lead performance.",
                "A dull, lifeless film that wastes its talented cast."))).satisfiesExactly(
                praise -> assertThat(praise).isGreaterThan(0.3), criticism -> assertThat(criticism).isLessThan(-0.3));
        assertThat(both.version()).startsWith("all-minilm-l6-v2-q-").contains("+bge-small-en-v15-q-");
    }
}
