package dev.reviewbot.retrieval;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the stored reviews use, found by the text's own capitalisation (two to four capitalised words
 * in a row, "Ana de Armas", "Clementine Rourke"), so that a question typed in lower case ("is peter strand
 * any good") is known to be about a person. A surname alone finds the full name when only one name has it.
 */
public final class PeopleNames {

    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{Ll}'-]+(?:\\s+(?:de|van|von|da|di|del|le|la|du|St\\.?)?\\s*\\p{Lu}[\\p{Ll}'-]+){1,3}\\b");

    /** A capitalised word after a lower-case one: a name ("the robot Sprocket"), not a sentence's first word. */
    private static final Pattern PROPER = Pattern.compile("(?<=\\p{Ll},? )\\p{Lu}\\p{Ll}[\\p{L}'-]*");

    /** Knows no names. */
    public static final PeopleNames NONE = new PeopleNames(Map.of(), Map.of(), Set.of(), Set.of());

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'-])\\p{Ll}+(?![\\p{L}'-])");

    private final Map<String, String> byFullName;
    private final Map<String, String> bySurname;
    private final Set<String> properWords;
    /** Surnames the reviews also write as common words ("Grey", "Brisk", "Along"): a name only when capitalised. */
    private final Set<String> commonSurnames;

    private PeopleNames(Map<String, String> byFullName, Map<String, String> bySurname, Set<String> properWords,
                        Set<String> commonSurnames) {
        this.byFullName = byFullName;
        this.bySurname = bySurname;
        this.properWords = properWords;
        this.commonSurnames = commonSurnames;
    }

    /** Whether the reviews write this word with a capital inside a sentence: a name, not a common word. */
    public boolean isProper(String word) {
        return properWords.contains(word);
    }

    public static PeopleNames of(List<Review> reviews, Set<String> titles) {
        Set<String> inTitles = runsOfWords(titles);
        Map<String, String> full = new HashMap<>();
        Set<String> proper = new java.util.HashSet<>();
        Map<String, Set<String>> surnames = new HashMap<>();
        Set<String> lowerWords = new java.util.HashSet<>();
        for (Review review : reviews) {
            for (Section section : review.sections()) {
                Matcher lower = LOWER_WORD.matcher(section.text());
                while (lower.find()) {
                    lowerWords.add(lower.group());
                }
                Matcher word = PROPER.matcher(section.text());
                while (word.find()) {
                    proper.add(word.group());
                }
                Matcher m = NAME.matcher(section.text());
                while (m.find()) {
                    String name = m.group().replaceFirst("^(The|A|An|In|On|At|But|And|As|If|When|With|By|For|Of|Its|His|Her|Their) ", "");
                    String key = TextCleaner.wordsOnly(name);
                    if (!key.contains(" ") || inTitles.contains(key)) {
                        continue;
                    }
                    full.putIfAbsent(key, name);
                    surnames.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new LinkedHashSet<>()).add(name);
                }
            }
        }
        Map<String, String> unique = new HashMap<>();
        surnames.forEach((surname, names) -> {
            if (names.size() == 1 && surname.length() >= 4) {
                unique.put(surname, names.iterator().next());
            }
        });
        Set<String> common = new java.util.HashSet<>(unique.keySet());
        common.retainAll(lowerWords);
        return new PeopleNames(full, unique, proper, common);
    }

    /**
     * Every run of two or more consecutive words of the titles: a name that is one belongs to a title. A set,
     * so that a name costs one lookup, not a pass over every title (10,000 at 10,000 reviews).
     */
    private static Set<String> runsOfWords(Set<String> titles) {
        Set<String> runs = new java.util.HashSet<>();
        for (String title : titles) {
            String[] words = title.split(" ");
            for (int from = 0; from < words.length; from++) {
                StringBuilder run = new StringBuilder(words[from]);
                for (int to = from + 1; to < words.length; to++) {
                    runs.add(run.append(' ').append(words[to]).toString());
                }
            }
        }
        return runs;
    }

    /**
     * The names a question mentions, as the reviews write them: full names first, else a surname that only
     * one name has, skipping the {@code ignored} words (vocabulary words such as "score").
     */
    public List<String> in(String question, Set<String> ignored) {
        // "Brisk's score": the possessive is no part of the name.
        String[] words = TextCleaner.wordsOnly(question.replaceAll("(\\p{L})['\u2019]s\\b", "$1")).split(" ");
        List<String> found = new ArrayList<>();
        boolean[] used = new boolean[words.length];
        for (int n = 4; n >= 2; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String name = byFullName.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (name != null && !used[i]) {
                    found.add(name);
                    java.util.Arrays.fill(used, i, i + n, true);
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            String name = bySurname.get(words[i]);
            if (!used[i] && name != null && !ignored.contains(words[i]) && !found.contains(name)
                    && (!commonSurnames.contains(words[i]) || capitalisedIn(question, words[i]))) {
                found.add(name);
            }
        }
        return found;
    }

    private static boolean capitalisedIn(String text, String word) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(Character.toUpperCase(word.charAt(0)) + word.substring(1)) + "(?!\\p{L})")
                .matcher(text).find();
    }
}
