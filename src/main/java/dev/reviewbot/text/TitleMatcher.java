package dev.reviewbot.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of a set of film titles a question names, tolerating case, punctuation, a dropped "The" and
 * small typos ("balerina"). Built once per library version: exact matches are hash lookups, and typo
 * matching only compares titles that share a first or second letter and a length.
 */
public final class TitleMatcher {

    private record Title(String title, String words, int wordCount) {
    }

    private final Map<String, String> exact = new HashMap<>();
    private final Map<Character, List<Title>> byLetter = new HashMap<>();
    private final int maxWords;

    public TitleMatcher(List<String> titles) {
        int most = 1;
        for (String title : titles) {
            String words = key(title);
            if (words.isEmpty()) {
                continue;
            }
            Title t = new Title(title, words, words.split(" ").length);
            exact.putIfAbsent(words, title);
            byLetter.computeIfAbsent(words.charAt(0), c -> new ArrayList<>()).add(t);
            if (words.length() > 1 && words.charAt(1) != words.charAt(0)) {
                byLetter.computeIfAbsent(words.charAt(1), c -> new ArrayList<>()).add(t);
            }
            most = Math.max(most, t.wordCount());
        }
        this.maxWords = most;
    }

    /** The comparable form of a title: lower-case words, without a leading "the", "a" or "an". */
    public static String key(String title) {
        return TextCleaner.wordsOnly(title.replace("&", " and ")).replaceFirst("^(the|a|an) (?=\\S)", "").replaceFirst("^the$", "");
    }

    /** The titles named in the question, longest first; exact mentions win over typo matches. */
    public List<String> titlesIn(String question) {
        String[] words = TextCleaner.wordsOnly(question.replace("&", " and ")).split(" ");
        Set<String> found = new LinkedHashSet<>();
        for (int n = Math.min(maxWords, words.length); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String title = exact.get(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (title != null && !containedInLonger(found, title)) {
                    found.add(title);
                }
            }
        }
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        for (int n = Math.min(maxWords, words.length); n >= 1 && found.isEmpty(); n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String title = closestTo(String.join(" ", Arrays.copyOfRange(words, i, i + n)), n);
                if (title != null) {
                    found.add(title);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The title a user meant by {@code typed} (an option, a command argument), or null. */
    public String closest(String typed) {
        String wanted = key(typed);
        if (wanted.isEmpty()) {
            return null;
        }
        String title = exact.get(wanted);
        return title != null ? title : closestTo(wanted, wanted.split(" ").length);
    }

    private String closestTo(String wanted, int wordCount) {
        // A long title typed in a hurry carries more typos: one more for every ten letters past twenty.
        int tolerance = wanted.length() <= 4 ? 0 : Fuzzy.tolerance(wanted.length()) + Math.max(0, (wanted.length() - 10) / 10);
        if (tolerance == 0) {
            return null;
        }
        Set<Title> candidates = new LinkedHashSet<>(byLetter.getOrDefault(wanted.charAt(0), List.of()));
        if (wanted.length() > 1) {
            candidates.addAll(byLetter.getOrDefault(wanted.charAt(1), List.of()));
        }
        return candidates.stream()
                .filter(t -> t.wordCount() == wordCount && Math.abs(t.words().length() - wanted.length()) <= tolerance)
                .filter(t -> t.words().length() > 4)
                .map(t -> Map.entry(t, Fuzzy.distance(wanted, t.words())))
                .filter(e -> e.getValue() <= Math.min(tolerance, Fuzzy.tolerance(e.getKey().words().length())
                        + Math.max(0, (e.getKey().words().length() - 10) / 10)))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> e.getKey().title()).orElse(null);
    }

    private static boolean containedInLonger(Set<String> found, String title) {
        String words = key(title);
        return found.stream().map(TitleMatcher::key).anyMatch(f -> (" " + f + " ").contains(" " + words + " "));
    }
}
