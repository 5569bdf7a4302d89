package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.answer.ScoringModel;
import dev.reviewbot.answer.SentenceFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoringFitTest {

    private static final int TELLING = SentenceFeatures.NAMES.indexOf("sentence-coverage");
    private static final int NOISE = SentenceFeatures.NAMES.indexOf("sentence-length");

    private static final ScoringModel TEMPLATE = new ScoringModel("test-model", SentenceFeatures.NAMES,
            new double[SentenceFeatures.NAMES.size()], 0, new double[] {1, 0, 0}, 0, 4, 0.01, 5, Map.of(), "synthetic", "none");

    /**
     * Questions of five sentences each over twenty films: in an answerable question one sentence holds the
     * answer and has a high value of one feature; an unanswerable question has none. Another feature is noise.
     */
    private static List<ScoringFit.Case> questions(int n, long seed, Map<ScoringFit.Case, List<ScoringModel>> seen) {
        Random random = new Random(seed);
        List<ScoringFit.Case> cases = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            boolean answerable = q % 3 != 0;
            int answer = random.nextInt(5);
            List<double[]> rows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                double[] row = new double[SentenceFeatures.NAMES.size()];
                boolean positive = answerable && s == answer;
                row[TELLING] = (positive ? 0.8 : 0.2) + 0.1 * random.nextGaussian();
                row[NOISE] = random.nextDouble();
                rows.add(row);
                labels.add(positive);
            }
            List<ScoringModel> used = new ArrayList<>();
            // Passages: the one holding the answer is lexically close; similarity says nothing.
            List<double[]> passages = List.of(new double[] {random.nextDouble(), answerable ? 0.9 : 0.1, 0},
                    new double[] {random.nextDouble(), 0.1, 0});
            ScoringFit.Case c = new ScoringFit.Case(q % 2 == 0 ? "even" : "odd", "film" + (q % 20), answerable, rows, labels,
                    passages, List.of(answerable, false), model -> {
                        used.add(model);
                        int best = 0;
                        for (int s = 1; s < rows.size(); s++) {
                            best = model.probability(rows.get(s)) > model.probability(rows.get(best)) ? s : best;
                        }
                        return new ScoringFit.Outcome(model.probability(rows.get(best)), labels.get(best), !answerable);
                    });
            seen.put(c, used);
            cases.add(c);
        }
        return cases;
    }

    @Test
    void fitWeights_learnsTheTellingFeature_notTheNoise() {
        ScoringModel fitted = new ScoringFit(0.01, 5, 1).fitWeights(questions(200, 1, new HashMap<>()), TEMPLATE);

        assertThat(fitted.weights()[TELLING]).isGreaterThan(3);
        assertThat(Math.abs(fitted.weights()[NOISE])).isLessThan(fitted.weights()[TELLING] / 5);
        assertThat(fitted.features()).isEqualTo(SentenceFeatures.NAMES);
        assertThat(fitted.passages()).isEqualTo(4);
        assertThat(fitted.fusion()[1]).isGreaterThan(3);
        assertThat(Math.abs(fitted.fusion()[0])).isLessThan(fitted.fusion()[1] / 5);
    }

    @Test
    void fit_choosesAThresholdThatDeclinesQuestionsWithoutAnAnswer() {
        List<ScoringFit.Case> cases = questions(300, 2, new HashMap<>());
        ScoringModel fitted = new ScoringFit(0.01, 5, 1).fit(cases, TEMPLATE);

        int right = 0;
        for (ScoringFit.Case c : cases) {
            ScoringFit.Outcome o = c.replay().apply(fitted);
            boolean answered = o.confidence() >= fitted.declineBelow();
            right += (answered ? o.rightIfAnswered() : o.rightIfDeclined()) ? 1 : 0;
        }
        assertThat(fitted.declineBelow()).isBetween(0.05, 0.95);
        assertThat(right).isGreaterThan(270);
    }

    @Test
    void threshold_weighsEachDataSetTheSame() {
        // A large set wants everything answered; a small one wants everything declined.
        List<ScoringFit.Case> cases = new ArrayList<>();
        List<ScoringFit.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(new ScoringFit.Case("large", "g" + i, true, List.of(), List.of(), List.of(), List.of(), m -> null));
            outcomes.add(new ScoringFit.Outcome(0.6, true, false));
        }
        for (int i = 0; i < 2; i++) {
            cases.add(new ScoringFit.Case("small", "h" + i, false, List.of(), List.of(), List.of(), List.of(), m -> null));
            outcomes.add(new ScoringFit.Outcome(0.4, false, true));
        }

        // 0.6 gets both sets right; anything above declines the large set's answers.
        assertThat(ScoringFit.threshold(cases, outcomes)).isEqualTo(0.6);
        outcomes.set(10, new ScoringFit.Outcome(0.7, false, true));
        outcomes.set(11, new ScoringFit.Outcome(0.7, false, true));
        // Now declining the small set costs the whole large one: a tie of 1.0 each way, so the lowest threshold stays.
        assertThat(ScoringFit.threshold(cases, outcomes)).isEqualTo(0.0);
        // Counted by questions, the large set would win; weighed by set, the small one's two questions weigh as
        // much as the large set's ten, and one more large question answered confidently tips it.
        cases.add(new ScoringFit.Case("large", "g10", true, List.of(), List.of(), List.of(), List.of(), m -> null));
        outcomes.add(new ScoringFit.Outcome(0.95, true, false));
        assertThat(ScoringFit.threshold(cases, outcomes)).isEqualTo(0.95);
    }

    @Test
    void crossValidate_scoresEveryQuestionOnce() {
        Map<ScoringFit.Case, List<ScoringModel>> seen = new IdentityHashMap<>();
        List<ScoringFit.Case> cases = questions(200, 3, seen);

        Map<String, ScoringFit.Tally> tallies = new ScoringFit(0.01, 5, 1).crossValidate(cases, TEMPLATE);

        int scored = tallies.values().stream().mapToInt(t -> t.answerable() + t.unanswerable()).sum();
        assertThat(scored).isEqualTo(200);
        assertThat(tallies.keySet()).containsExactlyInAnyOrder("even", "odd");
        // A question is replayed by the four folds' models that fit on it (for their thresholds) and by the one
        // that scores it; its film's questions all sit in that fold.
        for (ScoringFit.Case c : cases) {
            List<ScoringModel> used = seen.get(c);
            assertThat(used).hasSize(5);
        }
        for (ScoringFit.Tally t : tallies.values()) {
            assertThat(t.answerableRight()).isGreaterThan(t.answerable() * 8 / 10);
            assertThat(t.unanswerableDeclined()).isGreaterThan(t.unanswerable() * 8 / 10);
        }
    }

    @Test
    void fitWeights_withoutSentences_isRefused() {
        assertThatThrownBy(() -> new ScoringFit(0.01, 5, 1).fitWeights(List.of(), TEMPLATE))
                .hasMessageContaining("no sentence");
        assertThatThrownBy(() -> new ScoringFit(0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
