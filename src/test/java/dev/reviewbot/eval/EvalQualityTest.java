package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keeps answer quality on our own eval set at or above the level reached (docs/QUALITY.md). A change that
 * makes answers worse fails here, with the misses listed.
 */
class EvalQualityTest {

    @Test
    void bundledEvalSet_staysAboveTheReachedScores() throws Exception {
        List<EvalQuestion> questions = Evaluator.read(Path.of("eval/questions.jsonl"));
        EvalReport report;
        try (ReviewBot bot = TestBots.bundled()) {
            report = Evaluator.evaluate(questions, q -> bot.answers().ask(null, q, Optional.empty()).answer());
        }

        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
        assertThat(questions.size() - report.answerable()).isGreaterThanOrEqualTo(questions.size() / 4);
        String misses = report.summary() + "\n" + String.join("\n", report.misses());
        assertThat(report.filmAt1()).as(misses).isEqualTo(1.0);
        assertThat(report.sectionAt1()).as(misses).isGreaterThanOrEqualTo(0.95);
        assertThat(report.factRecall()).as(misses).isGreaterThanOrEqualTo(0.93);
        assertThat(report.correctRefusals()).as(misses).isGreaterThanOrEqualTo(0.90);
        assertThat(report.falseRefusals()).as(misses).isLessThanOrEqualTo(1);
    }
}
