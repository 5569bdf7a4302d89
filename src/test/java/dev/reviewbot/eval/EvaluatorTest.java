package dev.reviewbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring itself, on answers made up for the purpose, so a broken metric cannot hide a bad bot. */
class EvaluatorTest {

    @Test
    void scoresFilmSectionFactsAndRefusals() {
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("q1", "Ballerina", List.of("Acting"), List.of("Ana de Armas"), true),
                new EvalQuestion("q2", "Ballerina", List.of("Writing"), List.of("Shay Hatten"), true),
                new EvalQuestion("q3", "Ballerina", List.of(), List.of(), false),
                new EvalQuestion("q4", "Heat", List.of("Score"), List.of("x"), true));
        Map<String, Answer> answers = Map.of(
                "q1", new Answer.Grounded("q1", List.of(new Citation("Ballerina", "Acting", null, "Ana de Armas is great."))),
                "q2", new Answer.Grounded("q2", List.of(new Citation("Ballerina", "Overall", null, "Nothing relevant."))),
                "q3", new Answer.Declined("q3", "no", List.of()),
                "q4", new Answer.Declined("q4", "no", List.of()));

        EvalReport report = Evaluator.evaluate(questions, answers::get);

        assertThat(report.answerable()).isEqualTo(3);
        assertThat(report.filmAt1()).isEqualTo(2 / 3.0);
        assertThat(report.sectionAt1()).isEqualTo(1 / 3.0);
        assertThat(report.factRecall()).isEqualTo(1 / 3.0);
        assertThat(report.correctRefusals()).isEqualTo(1.0);
        assertThat(report.falseRefusals()).isEqualTo(1);
        assertThat(report.misses()).hasSize(2);
    }

    @Test
    void kinds_areScoredRightAsIssue8CountsThem() {
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("a", "crew", "Heat", List.of(), List.of("Michael Mann"), List.of(), true),
                new EvalQuestion("b", "crew", "Heat", List.of("Direction"), List.of("Michael Mann"), List.of(), true),
                new EvalQuestion("c", "film not stored", null, List.of(), List.of(), List.of(), false),
                new EvalQuestion("d", "disagreement", "Heat", List.of(), List.of(), List.of("Ann Lee", "Bo Ray"), true));
        Map<String, Answer> answers = Map.of(
                "a", new Answer.Grounded("a", List.of(new Citation("Heat", "Review", null, "Michael Mann directs."))),
                "b", new Answer.Grounded("b", List.of(new Citation("Heat", "Acting", null, "Michael Mann directs."))),
                "c", new Answer.Declined("c", "I have no review of Ronin.", List.of()),
                "d", new Answer.Grounded("d", List.of(new Citation("Heat", "Verdict", "Ann Lee", "Great."))));

        EvalReport report = Evaluator.evaluate(questions, answers::get);

        assertThat(report.kind("crew").right()).isEqualTo(1); // any section for [], the listed one otherwise
        assertThat(report.kind("film not stored").rightRate()).isEqualTo(1.0);
        assertThat(report.kind("film not stored").declinedRate()).isEqualTo(1.0);
        assertThat(report.kind("disagreement").right()).isZero(); // "all" needs both reviewers
        assertThat(report.right().right()).isEqualTo(2);
        assertThat(report.kindTable()).contains("| crew | 2 | 50.0% (1) | 0.0% (0) |", "| **all** | 4 | 50.0% (2) | 25.0% (1) |");
    }
}
