package dev.reviewbot.eval;

import java.util.List;
import java.util.Locale;

/**
 * Scores of one eval run. Rates are over answerable questions, except correct refusals (over the
 * unanswerable ones); false refusals is a count.
 */
public record EvalReport(int questions, int answerable, double filmAt1, double sectionAt1, double factRecall,
                         double correctRefusals, int falseRefusals, List<String> misses) {

    public String summary() {
        return String.format(Locale.ROOT, """
                questions: %d (%d answerable, %d unanswerable)
                film@1: %.1f%%
                section@1: %.1f%%
                fact recall: %.1f%%
                correct refusals: %.1f%%
                false refusals: %d""", questions, answerable, questions - answerable, 100 * filmAt1, 100 * sectionAt1,
                100 * factRecall, 100 * correctRefusals, falseRefusals);
    }
}
