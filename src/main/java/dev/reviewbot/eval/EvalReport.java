package dev.reviewbot.eval;

import java.util.List;
import java.util.Locale;

/**
 * Scores of one eval run. Rates are over answerable questions, except correct refusals (over the
 * unanswerable ones); false refusals is a count. {@code kinds} scores each kind of question, and
 * {@code right} all of them, as issue 8 counts a question right.
 */
public record EvalReport(int questions, int answerable, double filmAt1, double sectionAt1, double factRecall,
                         double correctRefusals, int falseRefusals, List<String> misses, List<KindScore> kinds,
                         KindScore right) {

    public EvalReport {
        misses = List.copyOf(misses);
        kinds = List.copyOf(kinds);
    }

    /** Share of answerable questions the bot declined. */
    public double falseRefusalRate() {
        return answerable == 0 ? 0 : (double) falseRefusals / answerable;
    }

    public KindScore kind(String name) {
        return kinds.stream().filter(k -> k.kind().equals(name)).findFirst().orElse(new KindScore(name, 0, 0, 0));
    }

    public String summary() {
        return String.format(Locale.ROOT, """
                questions: %d (%d answerable, %d unanswerable)
                film@1: %.1f%%
                section@1: %.1f%%
                fact recall: %.1f%%
                correct refusals: %.1f%%
                false refusals: %d (%.1f%% of answerable)
                right: %.1f%% (%d of %d)""", questions, answerable, questions - answerable, 100 * filmAt1,
                100 * sectionAt1, 100 * factRecall, 100 * correctRefusals, falseRefusals, 100 * falseRefusalRate(),
                100 * right.rightRate(), right.right(), questions);
    }

    /** A Markdown table: per kind, how many questions, right and declined. */
    public String kindTable() {
        StringBuilder table = new StringBuilder("| kind | questions | right | declined |\n|---|---|---|---|\n");
        kinds.forEach(k -> table.append(k.row()).append('\n'));
        table.append(right.row().replace("| " + right.kind() + " |", "| **all** |"));
        return table.toString();
    }
}
