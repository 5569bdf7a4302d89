package dev.reviewbot.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Passage;
import dev.reviewbot.text.TextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scores an answer function against an eval set (see {@link EvalQuestion} for the line format). */
public final class Evaluator {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Evaluator() {
    }

    public static List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                questions.add(JSON.readValue(line, EvalQuestion.class));
            } catch (IOException e) {
                throw new IOException(file + ":" + lineNumber + ": not an eval line (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        return questions;
    }

    /** @param ask answers one unscoped question */
    public static EvalReport evaluate(List<EvalQuestion> questions, Function<String, Answer> ask) {
        int answerable = 0;
        int unanswerable = 0;
        int filmHits = 0;
        int sectionHits = 0;
        int factHits = 0;
        int correctRefusals = 0;
        int falseRefusals = 0;
        List<String> misses = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Answer answer = ask.apply(q.q());
            if (!q.answerable()) {
                unanswerable++;
                if (!answer.grounded()) {
                    correctRefusals++;
                } else {
                    misses.add("answered unanswerable: " + q.q() + " -> " + answer.text());
                }
                continue;
            }
            answerable++;
            if (!answer.grounded()) {
                falseRefusals++;
                misses.add("refused: " + q.q() + " -> " + answer.text());
                continue;
            }
            Citation first = answer.citations().get(0);
            boolean film = Passage.filmKey(first.review()).equals(Passage.filmKey(q.film()));
            boolean section = q.sections().stream().anyMatch(s -> s.equalsIgnoreCase(first.section()));
            String said = TextCleaner.normalize(String.join(" ", answer.citations().stream().map(Citation::quote).toList()));
            boolean fact = q.facts().stream().anyMatch(f -> said.contains(TextCleaner.normalize(f)));
            filmHits += film ? 1 : 0;
            sectionHits += section ? 1 : 0;
            factHits += fact ? 1 : 0;
            if (!film || !section || !fact) {
                misses.add((film ? "" : "film ") + (section ? "" : "section ") + (fact ? "" : "fact ") + "miss: " + q.q()
                        + " -> " + first.label() + ": " + answer.text());
            }
        }
        return new EvalReport(questions.size(), answerable, rate(filmHits, answerable), rate(sectionHits, answerable),
                rate(factHits, answerable), rate(correctRefusals, unanswerable), falseRefusals, misses);
    }

    private static double rate(int hits, int total) {
        return total == 0 ? 1 : (double) hits / total;
    }
}
