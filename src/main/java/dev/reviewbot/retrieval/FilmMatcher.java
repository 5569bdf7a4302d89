package dev.reviewbot.retrieval;

import dev.reviewbot.text.Fuzzy;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds which stored films a question names, tolerating case, punctuation, a dropped "The" and small
 * typos ("balerina"). Titles of four letters or fewer must match exactly: short titles are often words.
 */
public final class FilmMatcher {

    private record Candidate(String title, String[] words, boolean exact) {
    }

    private FilmMatcher() {
    }

    /** The films named in the question, longest title first; empty when none is named. */
    public static List<String> filmsIn(String question, List<String> films) {
        String[] words = TextCleaner.wordsOnly(question).split(" ");
        List<Candidate> found = new ArrayList<>();
        for (String film : films) {
            String[] title = titleWords(film);
            if (title.length == 0) {
                continue;
            }
            Boolean exact = match(words, title);
            if (exact != null) {
                found.add(new Candidate(film, title, exact));
            }
        }
        // A longer title that contains a shorter one ("Heat 2" vs "Heat") wins.
        found.sort(Comparator.comparingInt((Candidate c) -> -c.words().length).thenComparing(c -> !c.exact()));
        List<String> result = new ArrayList<>();
        for (Candidate c : found) {
            boolean shadowed = result.stream().anyMatch(r -> String.join(" ", titleWords(r)).contains(String.join(" ", c.words()))
                    && !String.join(" ", titleWords(r)).equals(String.join(" ", c.words())));
            if (!shadowed) {
                result.add(c.title());
            }
        }
        return result;
    }

    /** The closest film to a title typed by a user (for --film and /review), or null. */
    public static String closest(String typed, List<String> films) {
        String wanted = String.join(" ", titleWords(typed));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String film : films) {
            String candidate = String.join(" ", titleWords(film));
            int d = Fuzzy.distance(wanted, candidate);
            if (d < bestDistance && d <= Fuzzy.tolerance(candidate.length())) {
                best = film;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String[] titleWords(String title) {
        String words = TextCleaner.wordsOnly(title).replaceFirst("^the ", "");
        return words.isEmpty() ? new String[0] : words.split(" ");
    }

    /** TRUE for an exact match, FALSE for a match within typo tolerance, null for none. */
    private static Boolean match(String[] question, String[] title) {
        String wanted = String.join(" ", title);
        Boolean result = null;
        for (int i = 0; i + title.length <= question.length; i++) {
            String window = String.join(" ", Arrays.copyOfRange(question, i, i + title.length));
            if (window.equals(wanted)) {
                return Boolean.TRUE;
            }
            int tolerance = wanted.length() <= 4 ? 0 : Fuzzy.tolerance(wanted.length());
            if (tolerance > 0 && Math.abs(window.length() - wanted.length()) <= tolerance
                    && Fuzzy.distance(window, wanted) <= tolerance) {
                result = Boolean.FALSE;
            }
        }
        return result;
    }
}
