package dev.reviewbot.eval;

import dev.reviewbot.opinion.LogisticRegression;
import dev.reviewbot.opinion.QuestionKindModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fits {@link QuestionKindModel}: one logistic regression per kind (that kind against the rest) over labelled
 * questions' unit embeddings. Its figure is routing recall per kind with each group (an eval set, written by
 * one author over one library) held out in turn, so that a question is never scored by weights fitted on its
 * own author's phrasing; the penalty is the one of those tried whose kinds' mean recall is highest.
 */
public final class QuestionKindFit {

    /** A question's embedding, its kind and its group; a group named {@link #ALWAYS} is never held out. */
    public record Labelled(String group, String kind, float[] unit) {
    }

    /** The group of examples that only train (the kinds' descriptions in the config). */
    public static final String ALWAYS = "";

    /** The routing recall of one penalty, per kind, and their mean. */
    public record Scored(double l2, Map<String, Double> recall) {
        public double mean() {
            return recall.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    private QuestionKindFit() {
    }

    /** The kind an eval set's label routes to: its opinion kinds as they are, every other kind "other". */
    public static String routed(String evalKind) {
        return switch (evalKind) {
            case "pros/cons" -> "pros-cons";
            case "disagreement", "comparison" -> evalKind;
            default -> QuestionKindModel.OTHER;
        };
    }

    /** Weights fitted on every example. */
    public static QuestionKindModel fit(List<Labelled> examples, double l2, String model, Map<String, Double> crossValidated,
                                        String command) {
        List<String> kinds = kinds(examples);
        float[][] x = examples.stream().map(Labelled::unit).toArray(float[][]::new);
        double[][] weights = new double[kinds.size()][];
        double[] bias = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            LogisticRegression.Fitted fitted = new LogisticRegression(l2).fit(x, labels(examples, kinds.get(k)));
            weights[k] = fitted.weights();
            bias[k] = fitted.bias();
        }
        int questions = (int) examples.stream().filter(e -> !ALWAYS.equals(e.group())).count();
        return new QuestionKindModel(model, kinds, weights, bias, crossValidated, questions, l2, command);
    }

    /** Routing recall per kind, each group held out in turn and routed by weights fitted on the others. */
    public static Scored crossValidate(List<Labelled> examples, double l2) {
        Map<String, int[]> counts = new TreeMap<>();
        for (String group : examples.stream().map(Labelled::group).filter(g -> !ALWAYS.equals(g)).distinct().toList()) {
            List<Labelled> training = examples.stream().filter(e -> !group.equals(e.group())).toList();
            QuestionKindModel fitted = fit(training, l2, "", Map.of(), "");
            for (Labelled held : examples.stream().filter(e -> group.equals(e.group())).toList()) {
                int[] count = counts.computeIfAbsent(held.kind(), k -> new int[2]);
                count[1]++;
                String routed = fitted.kindOf(held.unit()).map(dev.reviewbot.opinion.OpinionKind::key).orElse(QuestionKindModel.OTHER);
                count[0] += routed.equals(held.kind()) ? 1 : 0;
            }
        }
        Map<String, Double> recall = new LinkedHashMap<>();
        counts.forEach((kind, count) -> recall.put(kind, (double) count[0] / count[1]));
        return new Scored(l2, recall);
    }

    /** The penalty whose cross-validated mean recall is highest, with its scores; empty when none was tried. */
    public static Optional<Scored> best(List<Labelled> examples, List<Double> penalties) {
        Scored best = null;
        for (double l2 : penalties) {
            Scored scored = crossValidate(examples, l2);
            if (best == null || scored.mean() > best.mean()) {
                best = scored;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> kinds(List<Labelled> examples) {
        List<String> kinds = new ArrayList<>(examples.stream().map(Labelled::kind).distinct().sorted().toList());
        if (kinds.size() < 2) {
            throw new IllegalArgumentException("question kinds need examples of two kinds at least, got " + kinds);
        }
        return kinds;
    }

    private static int[] labels(List<Labelled> examples, String kind) {
        return examples.stream().mapToInt(e -> e.kind().equals(kind) ? 1 : 0).toArray();
    }
}
