package dev.reviewbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.TextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Answer quality on SubjQA's movie reviews (real reviews by strangers, with annotated answer spans): does
 * the answer, scoped to the film, quote a passage holding an annotated span; are unanswerable questions
 * declined. The data stays outside the project: this reads it from wherever it lies.
 */
public final class SubjqaEvaluation {

    /** One question: the film (SubjQA's item id), the annotated spans, and whether it is answerable. */
    public record Item(String question, String film, List<String> spans, boolean answerable) {
    }

    /** Scores of one answerer: share of answerable questions hit, share of unanswerable ones declined. */
    public record Score(String name, int answerable, int hits, int unanswerable, int declined) {
        public String row() {
            return String.format(Locale.ROOT, "| %s | %.1f%% (%d/%d) | %.1f%% (%d/%d) |", name,
                    100.0 * hits / Math.max(1, answerable), hits, answerable,
                    100.0 * declined / Math.max(1, unanswerable), declined, unanswerable);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubjqaEvaluation() {
    }

    /** Each review as a single-section review titled by its item id (SubjQA reviews carry no title). */
    public static List<Review> reviews(Path dir) throws IOException {
        List<Review> reviews = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("dev_reviews.jsonl"))) {
            JsonNode node = JSON.readTree(line);
            String film = node.get("item_id").asText();
            reviews.add(new Review(Review.idFor(film, node.get("review_id").asText()), film, null, null, null, "SubjQA",
                    List.of(new Section(Section.WHOLE_REVIEW, TextCleaner.clean(node.get("text").asText())))));
        }
        return reviews;
    }

    public static List<Item> items(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("dev_qa.jsonl"))) {
            JsonNode node = JSON.readTree(line);
            List<String> spans = new ArrayList<>();
            node.get("answers").forEach(a -> spans.add(TextCleaner.clean(a.get("text").asText())));
            items.add(new Item(node.get("question").asText(), node.get("item_id").asText(), spans,
                    node.get("is_answerable").asBoolean()));
        }
        return items;
    }

    /** @param answer answers a question scoped to a film */
    public static Score score(String name, List<Item> items, BiFunction<String, String, Answer> answer) {
        return score(name, items, answer, miss -> { });
    }

    /** Likewise, telling {@code misses} about each question got wrong. */
    public static Score score(String name, List<Item> items, BiFunction<String, String, Answer> answer,
                              java.util.function.Consumer<String> misses) {
        int answerable = 0;
        int hits = 0;
        int unanswerable = 0;
        int declined = 0;
        for (Item item : items) {
            Answer a = answer.apply(item.question(), item.film());
            if (item.answerable()) {
                answerable++;
                boolean hit = a.grounded() && quotesASpan(a.citations(), item.spans());
                hits += hit ? 1 : 0;
                if (!hit) {
                    misses.accept((a.grounded() ? "wrong: " : "refused: ") + item.question() + " | spans " + item.spans()
                            + " | " + a.text());
                }
            } else {
                unanswerable++;
                declined += a.grounded() ? 0 : 1;
                if (a.grounded()) {
                    misses.accept("answered unanswerable: " + item.question() + " | " + a.text());
                }
            }
        }
        return new Score(name, answerable, hits, unanswerable, declined);
    }

    /** A quote holds a span when it contains it, or shares at least half of it (spans may cross sentences). */
    public static boolean quotesASpan(List<Citation> citations, List<String> spans) {
        for (Citation c : citations) {
            String quote = TextCleaner.normalize(c.quote());
            for (String span : spans) {
                String s = TextCleaner.normalize(span);
                if (!s.isEmpty() && (quote.contains(s) || longestCommonSubstring(quote, s) * 2 >= s.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int longestCommonSubstring(String a, String b) {
        int best = 0;
        int[] previous = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }
}
