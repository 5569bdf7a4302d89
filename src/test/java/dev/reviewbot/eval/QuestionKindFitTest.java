package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.opinion.OpinionKind;
import dev.reviewbot.opinion.QuestionKindModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Question kinds fitted on labelled embeddings, scored with each group held out in turn. */
class QuestionKindFitTest {

    /** Comparisons point one way, other questions another, in every group; a little spread within each. */
    private static List<QuestionKindFit.Labelled> separable(int groups) {
        List<QuestionKindFit.Labelled> examples = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < 6; i++) {
                float spread = 0.05f * i;
                examples.add(new QuestionKindFit.Labelled("set" + g, "comparison", new float[] {1, spread, 0}));
                examples.add(new QuestionKindFit.Labelled("set" + g, QuestionKindModel.OTHER, new float[] {spread, 1, 0}));
            }
        }
        return examples;
    }

    @Test
    void anEvalSetsLabels_routeToTheOpinionKinds_andEveryOtherKindToOther() {
        assertThat(QuestionKindFit.routed("pros/cons")).isEqualTo("pros-cons");
        assertThat(QuestionKindFit.routed("disagreement")).isEqualTo("disagreement");
        assertThat(QuestionKindFit.routed("comparison")).isEqualTo("comparison");
        assertThat(QuestionKindFit.routed("crew")).isEqualTo("other");
        assertThat(QuestionKindFit.routed("very short")).isEqualTo("other");
    }

    @Test
    void fitted_routesEachKindToItself() {
        QuestionKindModel fitted = QuestionKindFit.fit(separable(3), 0.001, "m", Map.of(), "cmd");

        assertThat(fitted.kinds()).containsExactly("comparison", "other");
        assertThat(fitted.kindOf(new float[] {0.9f, 0.1f, 0})).contains(OpinionKind.COMPARISON);
        assertThat(fitted.kindOf(new float[] {0.1f, 0.9f, 0})).isEmpty();
        assertThat(fitted.questions()).isEqualTo(36);
        assertThat(fitted.l2()).isEqualTo(0.001);
    }

    @Test
    void crossValidation_scoresEachKindOnHeldOutGroups() {
        QuestionKindFit.Scored scored = QuestionKindFit.crossValidate(separable(3), 0.001);

        assertThat(scored.recall()).containsOnlyKeys("comparison", "other");
        assertThat(scored.mean()).isEqualTo(1.0);
    }

    @Test
    void aGroupThatIsEverOnlyItsOwnKind_isMissedWhenHeldOut() {
        // Disagreement questions come from one set alone: held out, no weights fitted without it know the kind.
        List<QuestionKindFit.Labelled> examples = new ArrayList<>(separable(2));
        examples.add(new QuestionKindFit.Labelled("lonely", "disagreement", new float[] {0, 0, 1}));

        QuestionKindFit.Scored scored = QuestionKindFit.crossValidate(examples, 0.001);

        assertThat(scored.recall()).containsEntry("disagreement", 0.0);
    }

    @Test
    void examplesThatAlwaysTrain_areNeverScored() {
        List<QuestionKindFit.Labelled> examples = new ArrayList<>(separable(2));
        examples.add(new QuestionKindFit.Labelled(QuestionKindFit.ALWAYS, "disagreement", new float[] {0, 0, 1}));

        QuestionKindFit.Scored scored = QuestionKindFit.crossValidate(examples, 0.001);

        assertThat(scored.recall()).doesNotContainKey("disagreement");
        assertThat(QuestionKindFit.fit(examples, 0.001, "m", Map.of(), "").questions()).isEqualTo(24);
    }

    @Test
    void ofSeveralPenalties_theBestMeanRecallIsKept() {
        // One comparison to five other questions a set: so heavy a penalty leaves the bias alone, and every
        // question reads as the commoner kind.
        List<QuestionKindFit.Labelled> examples = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            examples.add(new QuestionKindFit.Labelled("set" + g, "comparison", new float[] {1, 0.1f * g, 0}));
            for (int i = 0; i < 5; i++) {
                examples.add(new QuestionKindFit.Labelled("set" + g, QuestionKindModel.OTHER, new float[] {0.05f * i, 1, 0}));
            }
        }

        QuestionKindFit.Scored best = QuestionKindFit.best(examples, List.of(1000.0, 0.001)).orElseThrow();

        assertThat(best.l2()).isEqualTo(0.001);
        assertThat(QuestionKindFit.best(examples, List.of())).isEmpty();
    }

    @Test
    void oneKindAlone_cannotBeFitted() {
        List<QuestionKindFit.Labelled> one = List.of(new QuestionKindFit.Labelled("a", "other", new float[] {1}));

        assertThatThrownBy(() -> QuestionKindFit.fit(one, 1, "m", Map.of(), ""))
                .hasMessage("question kinds need examples of two kinds at least, got [other]");
    }
}
