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
import java.util.Map;
import java.util.TreeMap;
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
        Map<String, KindScore> kinds = new TreeMap<>();
        KindScore total = new KindScore("all", 0, 0, 0);
        for (EvalQuestion q : questions) {
            Answer answer = ask.apply(q.q());
            boolean right;
            if (!q.answerable()) {
                unanswerable++;
                right = !answer.grounded();
                if (right) {
                    correctRefusals++;
                } else {
                    misses.add("[" + q.kind() + "] answered unanswerable: " + q.q() + " -> " + answer.text());
                }
            } else if (!answer.grounded()) {
                answerable++;
                falseRefusals++;
                right = false;
                misses.add("[" + q.kind() + "] refused: " + q.q() + " -> " + answer.text());
            } else {
                answerable++;
                Citation first = answer.citations().get(0);
                boolean film = q.film() != null && Passage.filmKey(first.review()).equals(Passage.filmKey(q.film()));
                boolean section = q.sections().isEmpty() || q.sections().stream().anyMatch(s -> s.equalsIgnoreCase(first.section()));
                String said = said(answer);
                boolean fact = (q.facts().isEmpty() || q.facts().stream().anyMatch(f -> said.contains(TextCleaner.normalize(f))))
                        && q.all().stream().allMatch(f -> said.contains(TextCleaner.normalize(f)));
                filmHits += film ? 1 : 0;
                sectionHits += section ? 1 : 0;
                factHits += fact ? 1 : 0;
                right = film && section && fact;
                if (!right) {
                    misses.add("[" + q.kind() + "] " + (film ? "" : "film ") + (section ? "" : "section ") + (fact ? "" : "fact ")
                            + "miss: " + q.q() + " -> " + first.label() + ": " + answer.text());
                }
            }
            boolean declined = !answer.grounded();
            kinds.merge(q.kind(), new KindScore(q.kind(), 1, right ? 1 : 0, declined ? 1 : 0),
                    (a, b) -> a.plus(right, declined));
            total = total.plus(right, declined);
        }
        return new EvalReport(questions.size(), answerable, rate(filmHits, answerable), rate(sectionHits, answerable),
                rate(factHits, answerable), rate(correctRefusals, unanswerable), falseRefusals, misses,
                List.copyOf(kinds.values()), total);
    }

    /**
     * Everything the answer shows, compared in normalised form: its text, every quote, and every citation
     * label ("Hollow Creek, Direction (Jane Doe)"), which every platform shows under the quotes; so "which
     * film has a steeple in a reservoir?" is answered by naming the film the quote is cited from.
     */
    private static String said(Answer answer) {
        return TextCleaner.normalize(answer.text() + " " + String.join(" ", answer.citations().stream()
                .map(c -> c.quote() + " " + c.label()).toList()));
    }

    private static double rate(int hits, int total) {
        return total == 0 ? 1 : (double) hits / total;
    }
}
