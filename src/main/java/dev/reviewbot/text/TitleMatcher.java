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
    /** Two or more words in a row of one title, by the titles holding them: "moon kite", "field guide". */
    private final Map<String, Set<String>> partial = new HashMap<>();
    /** Titles without their spaces: "papermeridian", "iron wood station" typed with a space too many or few. */
    private final Map<String, String> despaced = new HashMap<>();
    private static final Set<String> SMALL_WORDS = Set.of("the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "with");
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
            indexParts(title, words.split(" "));
            despaced.putIfAbsent(words.replace(" ", ""), title);
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
        found.addAll(despacedIn(words));
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        found.addAll(partlyNamed(words));
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

    /** A title typed with a space too many or too few: "iron wood station", "papermeridian". */
    private List<String> despacedIn(String[] words) {
        for (int n = Math.min(maxWords + 1, words.length); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String joined = String.join("", Arrays.copyOfRange(words, i, i + n));
                String title = joined.length() > 4 ? despaced.get(joined) : null;
                if (title != null) {
                    return List.of(title);
                }
            }
        }
        return List.of();
    }

    /**
     * Part of one title, two words or more that are not small words at either end: "how is the music in moon
     * kite" names Pebble and the Moon Kite. A part two titles share names neither.
     */
    private List<String> partlyNamed(String[] words) {
        for (int n = Math.min(maxWords - 1, words.length); n >= 2; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Set<String> titles = partial.get(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (titles != null && titles.size() == 1) {
                    return List.copyOf(titles);
                }
            }
        }
        return List.of();
    }

    private void indexParts(String title, String[] words) {
        for (int n = 2; n < words.length; n++) {
            for (int i = 0; i + n <= words.length; i++) {
                if (!SMALL_WORDS.contains(words[i]) && !SMALL_WORDS.contains(words[i + n - 1])) {
                    partial.computeIfAbsent(String.join(" ", Arrays.copyOfRange(words, i, i + n)), k -> new LinkedHashSet<>()).add(title);
                }
            }
        }
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
