package dev.reviewbot.eval;

import dev.reviewbot.answer.ScoringModel;
import dev.reviewbot.opinion.LogisticRegression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Fits the sentence scoring: a pairwise logistic ranking over the features of the sentences that may answer
 * a question (the one holding an annotated answer above each other one), then the decline threshold that gets the most questions
 * right (each data set weighing the same). Cross-validation holds out whole groups (films), so that no
 * figure is measured on a question, or a film, the weights were fitted on.
 */
public final class ScoringFit {

    /** What happened to a question under some weights, before the decline threshold is applied. */
    public record Outcome(double confidence, boolean rightIfAnswered, boolean rightIfDeclined) {
    }

    /**
     * One question of a data set.
     *
     * @param rows     the features of each sentence that may answer it
     * @param labels   whether each of those sentences holds an answer
     * @param passageRows similarity, BM25 and aspect label of each retrieved passage
     * @param passageLabels whether each of those passages holds an answer
     * @param replay   answers the question with the given weights (and no decline threshold)
     */
    public record Case(String dataset, String group, boolean answerable, List<double[]> rows, List<Boolean> labels,
                       List<double[]> passageRows, List<Boolean> passageLabels, Function<ScoringModel, Outcome> replay) {
    }

    /** Cross-validated figures for one data set. */
    public record Tally(String dataset, int answerable, int answerableRight, int answerableDeclined, int unanswerable,
                        int unanswerableDeclined) {

        Tally plus(boolean isAnswerable, boolean right, boolean declined) {
            return new Tally(dataset, answerable + (isAnswerable ? 1 : 0), answerableRight + (isAnswerable && right ? 1 : 0),
                    answerableDeclined + (isAnswerable && declined ? 1 : 0), unanswerable + (isAnswerable ? 0 : 1),
                    unanswerableDeclined + (!isAnswerable && declined ? 1 : 0));
        }

        public String row() {
            return String.format(java.util.Locale.ROOT,
                    "| %s | %d | %.1f%% (%d) | %.1f%% (%d) | %d | %.1f%% (%d) | %.1f%% |", dataset, answerable,
                    pct(answerableRight, answerable), answerableRight, pct(answerableDeclined, answerable), answerableDeclined,
                    unanswerable, pct(unanswerableDeclined, unanswerable), unanswerableDeclined,
                    pct(answerableRight + unanswerableDeclined, answerable + unanswerable));
        }

        /** Share of all questions right: answerable ones answered right, unanswerable ones declined. */
        public double allRight() {
            return answerable + unanswerable == 0 ? 0 : (double) (answerableRight + unanswerableDeclined) / (answerable + unanswerable);
        }

        private static double pct(int n, int of) {
            return of == 0 ? 0 : 100.0 * n / of;
        }
    }

    private final double l2;
    private final int folds;
    private final long seed;

    public ScoringFit(double l2, int folds, long seed) {
        if (!(l2 > 0) || folds < 2) {
            throw new IllegalArgumentException("l2 must be positive and folds at least 2");
        }
        this.l2 = l2;
        this.folds = folds;
        this.seed = seed;
    }

    /** Weights and threshold fitted on all of {@code cases}, starting from {@code template}'s settings. */
    public ScoringModel fit(List<Case> cases, ScoringModel template) {
        ScoringModel weighted = fitWeights(cases, template);
        return weighted.withDeclineBelow(threshold(cases, cases.stream().map(c -> c.replay().apply(weighted)).toList()));
    }

    /** The logistic regressions alone (the threshold left at 0: every eligible sentence may answer). */
    public ScoringModel fitWeights(List<Case> cases, ScoringModel template) {
        // Which sentence answers is a ranking within a question: fitted on pairs (answering sentence minus
        // another sentence of the same question, and the reverse), so what differs between questions (how
        // similar a vague question is to anything) does not pass for what tells sentences apart.
        List<double[]> pairs = new ArrayList<>();
        List<Boolean> order = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < c.rows().size(); i++) {
                if (!c.labels().get(i)) {
                    continue;
                }
                for (int k = 0; k < c.rows().size(); k++) {
                    if (!c.labels().get(k)) {
                        double[] up = difference(c.rows().get(i), c.rows().get(k));
                        pairs.add(up);
                        order.add(true);
                        pairs.add(difference(c.rows().get(k), c.rows().get(i)));
                        order.add(false);
                    }
                }
            }
        }
        LogisticRegression.Fitted sentences = regression(pairs, order);
        List<double[]> passageRows = cases.stream().flatMap(c -> c.passageRows().stream()).toList();
        double[] fusion = passageRows.isEmpty() ? template.fusion()
                : regression(passageRows, cases.stream().flatMap(c -> c.passageLabels().stream()).toList()).weights();
        // The pairs are symmetric, so the bias is nil: the decline threshold is chosen on the sentence's score.
        return new ScoringModel(template.model(), template.features(), sentences.weights(), 0, fusion, 0,
                template.passages(), l2, folds, template.crossValidated(), template.data(), template.command());
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            d[j] = a[j] - b[j];
        }
        return d;
    }

    private LogisticRegression.Fitted regression(List<double[]> rows, List<Boolean> labels) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no sentence to fit on");
        }
        float[][] x = new float[rows.size()][];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            x[i] = new float[row.length];
            for (int j = 0; j < row.length; j++) {
                x[i][j] = (float) row[j];
            }
            y[i] = labels.get(i) ? 1 : 0;
        }
        return new LogisticRegression(l2).fit(x, y);
    }

    /**
     * The decline threshold that gets the most questions right, each data set weighing the same however many
     * questions it has: a question is answered when its best sentence's probability reaches the threshold.
     */
    public static double threshold(List<Case> cases, List<Outcome> outcomes) {
        Map<String, Integer> sizes = new HashMap<>();
        cases.forEach(c -> sizes.merge(c.dataset(), 1, Integer::sum));
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        outcomes.stream().mapToDouble(Outcome::confidence).filter(Double::isFinite).forEach(candidates::add);
        candidates.add(Math.nextUp(candidates.last())); // declines every question that depends on it
        double best = 0;
        double bestRight = -1;
        for (double t : candidates) {
            double right = 0;
            for (int i = 0; i < cases.size(); i++) {
                Outcome o = outcomes.get(i);
                boolean answered = o.confidence() >= t;
                right += (answered ? o.rightIfAnswered() : o.rightIfDeclined()) ? 1.0 / sizes.get(cases.get(i).dataset()) : 0;
            }
            if (right > bestRight + 1e-12) {
                bestRight = right;
                best = t;
            }
        }
        return best;
    }

    /** Figures per data set for weights as they are (the hand-set ones of before, say): nothing fitted. */
    public static Map<String, Tally> score(List<Case> cases, ScoringModel model) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Case c : cases) {
            Outcome o = c.replay().apply(model.withDeclineBelow(0));
            boolean answered = o.confidence() >= model.declineBelow();
            boolean right = answered ? o.rightIfAnswered() : o.rightIfDeclined();
            tallies.put(c.dataset(), tallies.getOrDefault(c.dataset(), new Tally(c.dataset(), 0, 0, 0, 0, 0))
                    .plus(c.answerable(), right, !answered));
        }
        return tallies;
    }

    /** Figures per data set, each question scored by weights and a threshold fitted without its group. */
    public Map<String, Tally> crossValidate(List<Case> cases, ScoringModel template) {
        List<String> groups = new ArrayList<>(new TreeSet<>(cases.stream().map(Case::group).toList()));
        Collections.shuffle(groups, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % folds);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            List<Case> train = cases.stream().filter(c -> foldOf.get(c.group()) != held).toList();
            List<Case> test = cases.stream().filter(c -> foldOf.get(c.group()) == held).toList();
            if (test.isEmpty() || train.isEmpty()) {
                continue;
            }
            ScoringModel model = fit(train, template);
            for (Case c : test) {
                Outcome o = c.replay().apply(model.withDeclineBelow(0));
                boolean answered = o.confidence() >= model.declineBelow();
                boolean right = answered ? o.rightIfAnswered() : o.rightIfDeclined();
                tallies.put(c.dataset(), tallies.getOrDefault(c.dataset(), new Tally(c.dataset(), 0, 0, 0, 0, 0))
                        .plus(c.answerable(), right, !answered));
            }
        }
        return tallies;
    }
}
