package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** The kinds issue 8 is about; pros/cons, disagreement and comparison belong to a later issue. */
    private static final Set<String> ISSUE_8_KINDS = Set.of("aspect paraphrase", "actor", "crew", "metadata", "verdict",
            "yes/no", "typo", "very short", "no film named", "film not stored", "unanswerable");

    /**
     * The held-out part of the unseen set (eval/unseen/README.md): questions nobody tuned on, over reviews in
     * the shapes of real web reviews. Floors at the level reached (docs/QUALITY.md), below issue 8's targets.
     */
    @Test
    void heldOutUnseenSet_staysAboveTheReachedScores() throws Exception {
        List<EvalQuestion> questions = Evaluator.read(Path.of("eval/unseen/heldout.jsonl"));
        EvalReport report;
        try (ReviewBot bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model())) {
            var loaded = bot.files().load(List.of(Path.of("eval/unseen/reviews")), null);
            assertThat(loaded.errors()).isEmpty();
            bot.library().ingest(loaded.reviews());
            report = Evaluator.evaluate(questions, q -> bot.answers().ask(null, q, Optional.empty()).answer());
        }

        String table = report.summary() + "\n" + report.kindTable();
        int issue8Questions = report.kinds().stream().filter(k -> ISSUE_8_KINDS.contains(k.kind())).mapToInt(KindScore::questions).sum();
        int issue8Right = report.kinds().stream().filter(k -> ISSUE_8_KINDS.contains(k.kind())).mapToInt(KindScore::right).sum();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        assertThat((double) issue8Right / issue8Questions).as(table).isGreaterThanOrEqualTo(ISSUE_8_FLOOR);
        assertThat(report.kind("film not stored").declinedRate()).as(table).isGreaterThanOrEqualTo(NOT_STORED_FLOOR);
        assertThat(report.kind("unanswerable").rightRate()).as(table).isGreaterThanOrEqualTo(0.85);
        assertThat(report.kind("metadata").rightRate()).as(table).isGreaterThanOrEqualTo(0.85);
    }

    private static final double ISSUE_8_FLOOR = 0.78;
    private static final double NOT_STORED_FLOOR = 0.75;
}
