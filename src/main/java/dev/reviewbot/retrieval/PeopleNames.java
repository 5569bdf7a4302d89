package dev.reviewbot.retrieval;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The names the stored reviews use, found by the text's own capitalisation (two to four capitalised words
 * in a row, "Ana de Armas", "Clementine Rourke"), so that a question typed in lower case ("is peter strand
 * any good") is known to be about a person. A surname alone finds the full name when only one name has it.
 * Persistent, like the catalog: {@link #with} makes the next library version's names from this one in time
 * that grows with the reviews changed, not with the library (each count is of the reviews that have it).
 */
public final class PeopleNames {

    /** Words of a name sit on one line: a table's "Augustin Greaves" over "Runtime" is no "Augustin Greaves Runtime". */
    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{Ll}'-]+(?:\\h+(?:de|van|von|da|di|del|le|la|du|St\\.?)?\\h*\\p{Lu}[\\p{Ll}'-]+){1,3}\\b");

    /** A capitalised word after a lower-case one: a name ("the robot Sprocket"), not a sentence's first word. */
    private static final Pattern PROPER = Pattern.compile("(?<=\\p{Ll},? )\\p{Lu}\\p{Ll}[\\p{L}'-]*");

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'-])\\p{Ll}+(?![\\p{L}'-])");

    private static final Pattern SENTENCE_OPENER =
            Pattern.compile("^(The|A|An|In|On|At|But|And|As|If|When|With|By|For|Of|Its|His|Her|Their) ");

    private static final Pattern POSSESSIVE_AND_AFTER = Pattern.compile("'s\\s.*$");

    /** Knows no names. */
    public static final PeopleNames NONE = new PeopleNames(HashTreePMap.empty(), HashTreePMap.empty(),
            HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

    /** A name's words in lower case ("ana de armas") to the ways the reviews write it, each with its count. */
    private final PMap<String, PMap<String, Integer>> byFullName;
    /** A surname to the names (lower-case keys) that have it. */
    private final PMap<String, PMap<String, Integer>> bySurname;
    private final PMap<String, Integer> properWords;
    /** Every word the reviews write in lower case: a surname among them ("Grey", "Brisk") is a name only when capitalised. */
    private final PMap<String, Integer> lowerWords;
    /** Every run of two or more consecutive words of a title: a name that is one belongs to the title. */
    private final PMap<String, Integer> titleRuns;

    private PeopleNames(PMap<String, PMap<String, Integer>> byFullName, PMap<String, PMap<String, Integer>> bySurname,
                        PMap<String, Integer> properWords, PMap<String, Integer> lowerWords, PMap<String, Integer> titleRuns) {
        this.byFullName = byFullName;
        this.bySurname = bySurname;
        this.properWords = properWords;
        this.lowerWords = lowerWords;
        this.titleRuns = titleRuns;
    }

    /** The names of these reviews, with the runs of words of {@code titles} (lower case) known as no names. */
    public static PeopleNames of(List<Review> reviews, Set<String> titles) {
        PMap<String, Integer> runs = HashTreePMap.empty();
        for (String title : titles) {
            for (String run : runsOfWords(title)) {
                runs = counted(runs, run, 1);
            }
        }
        return new PeopleNames(HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), runs)
                .with(List.of(), reviews);
    }

    /** The names once {@code removed} are gone and {@code added} are stored (a replaced review is in both). */
    public PeopleNames with(Collection<Review> removed, Collection<Review> added) {
        Builder next = new Builder(this);
        removed.forEach(review -> next.count(ReviewNames.of(review), -1));
        added.forEach(review -> next.count(ReviewNames.of(review), 1));
        return next.build();
    }

    /** Whether the reviews write this word with a capital inside a sentence: a name, not a common word. */
    public boolean isProper(String word) {
        return properWords.containsKey(word);
    }

    /**
     * The names a question mentions, as the reviews write them: full names first, else a surname that only
     * one name has, skipping the {@code ignored} words (vocabulary words such as "score").
     */
    public List<String> in(String question, Set<String> ignored) {
        // "Brisk's score": the possessive is no part of the name.
        String[] words = TextCleaner.wordsOnly(question.replaceAll("(\\p{L})['\u2019]s\\b", "$1")).split(" ");
        // Names are keyed without accents, as they are often typed; folding keeps each word one word.
        String[] keys = TextCleaner.withoutAccents(String.join(" ", words)).split(" ");
        List<String> found = new ArrayList<>();
        boolean[] used = new boolean[words.length];
        for (int n = 4; n >= 2; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String name = fullName(String.join(" ", Arrays.copyOfRange(keys, i, i + n)));
                if (name != null && !used[i]) {
                    found.add(name);
                    Arrays.fill(used, i, i + n, true);
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            String name = used[i] || ignored.contains(words[i]) ? null : onlyNameWithSurname(keys[i]);
            if (name != null && !found.contains(name)
                    && (!lowerWords.containsKey(words[i]) || capitalisedIn(question, words[i]))) {
                found.add(name);
            }
        }
        return found;
    }

    private String fullName(String key) {
        PMap<String, Integer> written = byFullName.get(key);
        return written == null || titleRuns.containsKey(key) ? null : written.keySet().iterator().next();
    }

    private String onlyNameWithSurname(String word) {
        PMap<String, Integer> names = word.length() < 4 ? null : bySurname.get(word);
        if (names == null) {
            return null;
        }
        List<String> outsideTitles = names.keySet().stream().filter(key -> !titleRuns.containsKey(key)).limit(2).toList();
        return outsideTitles.size() == 1 ? fullName(outsideTitles.get(0)) : null;
    }

    private static boolean capitalisedIn(String text, String word) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(Character.toUpperCase(word.charAt(0)) + word.substring(1)) + "(?!\\p{L})")
                .matcher(text).find();
    }

    private static List<String> runsOfWords(String title) {
        List<String> runs = new ArrayList<>();
        String[] words = title.split(" ");
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder(words[from]);
            for (int to = from + 1; to < words.length; to++) {
                runs.add(run.append(' ').append(words[to]).toString());
            }
        }
        return runs;
    }

    private static PMap<String, Integer> counted(PMap<String, Integer> counts, String key, int delta) {
        int count = counts.getOrDefault(key, 0) + delta;
        return count > 0 ? counts.plus(key, count) : counts.minus(key);
    }

    /** What one review contributes, each thing once. */
    private record ReviewNames(Map<String, String> names, Set<String> proper, Set<String> lower, Set<String> titleRuns) {

        static ReviewNames of(Review review) {
            Map<String, String> names = new HashMap<>();
            Set<String> proper = new HashSet<>();
            Set<String> lower = new HashSet<>();
            for (Section section : review.sections()) {
                collect(LOWER_WORD.matcher(section.text()), lower);
                collect(PROPER.matcher(section.text()), proper);
                Matcher name = NAME.matcher(section.text());
                while (name.find()) {
                    // "Lucan Ferro's Marseille thriller": a possessive ends the name it belongs to.
                    String written = POSSESSIVE_AND_AFTER.matcher(SENTENCE_OPENER.matcher(name.group()).replaceFirst("")).replaceFirst("");
                    // Keyed without accents: "libuse holubova" is typed for Libuše Holubová.
                    String key = TextCleaner.withoutAccents(TextCleaner.wordsOnly(written));
                    if (key.contains(" ")) {
                        names.putIfAbsent(key, written);
                    }
                }
            }
            return new ReviewNames(names, proper, lower,
                    new HashSet<>(runsOfWords(TextCleaner.withoutAccents(TextCleaner.wordsOnly(review.title())))));
        }

        private static void collect(Matcher matcher, Set<String> into) {
            while (matcher.find()) {
                into.add(matcher.group());
            }
        }
    }

    /**
     * Sums the reviews' counts in plain maps first, then writes each changed key once into the persistent
     * maps: a library opened with 10,000 reviews costs one write per distinct word, not one per review's word.
     */
    private static final class Builder {
        private final PeopleNames from;
        private final Map<String, Map<String, Integer>> byFullName = new HashMap<>();
        private final Map<String, Map<String, Integer>> bySurname = new HashMap<>();
        private final Map<String, Integer> properWords = new HashMap<>();
        private final Map<String, Integer> lowerWords = new HashMap<>();
        private final Map<String, Integer> titleRuns = new HashMap<>();

        Builder(PeopleNames from) {
            this.from = from;
        }

        void count(ReviewNames review, int delta) {
            review.names().forEach((key, written) -> {
                byFullName.computeIfAbsent(key, k -> new HashMap<>()).merge(written, delta, Integer::sum);
                bySurname.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new HashMap<>()).merge(key, delta, Integer::sum);
            });
            review.proper().forEach(word -> properWords.merge(word, delta, Integer::sum));
            review.lower().forEach(word -> lowerWords.merge(word, delta, Integer::sum));
            review.titleRuns().forEach(run -> titleRuns.merge(run, delta, Integer::sum));
        }

        PeopleNames build() {
            return new PeopleNames(nested(from.byFullName, byFullName), nested(from.bySurname, bySurname),
                    summed(from.properWords, properWords), summed(from.lowerWords, lowerWords), summed(from.titleRuns, titleRuns));
        }

        private static PMap<String, Integer> summed(PMap<String, Integer> counts, Map<String, Integer> deltas) {
            PMap<String, Integer> next = counts;
            for (Map.Entry<String, Integer> delta : deltas.entrySet()) {
                next = counted(next, delta.getKey(), delta.getValue());
            }
            return next;
        }

        private static PMap<String, PMap<String, Integer>> nested(PMap<String, PMap<String, Integer>> counts,
                                                                 Map<String, Map<String, Integer>> deltas) {
            PMap<String, PMap<String, Integer>> next = counts;
            for (Map.Entry<String, Map<String, Integer>> delta : deltas.entrySet()) {
                PMap<String, Integer> inner = summed(next.getOrDefault(delta.getKey(), HashTreePMap.empty()), delta.getValue());
                next = inner.isEmpty() ? next.minus(delta.getKey()) : next.plus(delta.getKey(), inner);
            }
            return next;
        }
    }
}
