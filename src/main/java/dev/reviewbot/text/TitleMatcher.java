package dev.reviewbot.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * Finds which of a set of film titles a question names, tolerating case, punctuation, a dropped "The" and
 * small typos ("balerina"). Exact matches are hash lookups, and typo matching only compares titles that share
 * a first or second letter and a length. Immutable and persistent: {@link #plus} and {@link #minus} make a new
 * matcher that shares everything else with this one, so a new library version costs its changed titles only.
 * Where several titles share a key, the first in title order (case aside) wins, as in the library's film list.
 */
public final class TitleMatcher {

    private record Title(String title, String words, int wordCount) {
    }

    /** The library's film order: by title, case aside (then exactly, so distinct titles never tie). */
    private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    private static final Comparator<Title> TITLE_ORDER = Comparator.comparing(Title::title, ORDER).thenComparing(Title::words);
    private static final Set<String> SMALL_WORDS = Set.of("the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "with");

    /** Titles by their key. */
    private final PMap<String, PSortedSet<String>> exact;
    /** Two or more words in a row of one title, or one of its words, by the titles holding them: "moon kite", "umbra". */
    private final PMap<String, PSortedSet<String>> partial;
    /** Titles without their spaces: "papermeridian", "iron wood station" typed with a space too many or few. */
    private final PMap<String, PSortedSet<String>> despaced;
    private final PMap<Character, PSortedSet<Title>> byLetter;
    /** Titles of two words or more with one word (not a small one) put as "*": "two * hands", "marrow *". */
    private final PMap<String, PSortedSet<String>> oneWordOff;
    /** How many titles have each number of words (the largest bounds the windows a question is read in). */
    private final PSortedMap<Integer, Integer> wordCounts;
    private final int maxWords;

    private static final TitleMatcher EMPTY = new TitleMatcher(HashTreePMap.empty(), HashTreePMap.empty(),
            HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), TreePMap.empty());

    /**
     * Words of a question that are a stored title with one word changed, not by a typo: "two right hands" beside
     * Two Left Hands. Whether they name another film is the caller's to judge (the changed word may be content).
     *
     * @param from    the first word's index in the question's words ({@link TextCleaner#wordsOnly})
     * @param to      one past the last word's index
     * @param changed the question's word in place of the title's
     */
    public record Variant(String typed, String title, String changed, int from, int to) {
    }

    public TitleMatcher(List<String> titles) {
        TitleMatcher built = EMPTY;
        for (String title : titles) {
            built = built.plus(title);
        }
        this.exact = built.exact;
        this.partial = built.partial;
        this.despaced = built.despaced;
        this.byLetter = built.byLetter;
        this.oneWordOff = built.oneWordOff;
        this.wordCounts = built.wordCounts;
        this.maxWords = built.maxWords;
    }

    private TitleMatcher(PMap<String, PSortedSet<String>> exact, PMap<String, PSortedSet<String>> partial,
                         PMap<String, PSortedSet<String>> despaced, PMap<Character, PSortedSet<Title>> byLetter,
                         PMap<String, PSortedSet<String>> oneWordOff, PSortedMap<Integer, Integer> wordCounts) {
        this.exact = exact;
        this.partial = partial;
        this.despaced = despaced;
        this.byLetter = byLetter;
        this.oneWordOff = oneWordOff;
        this.wordCounts = wordCounts;
        this.maxWords = wordCounts.isEmpty() ? 1 : Math.max(1, wordCounts.lastKey());
    }

    /** This matcher with one title more (itself when the title is already matched or has no words). */
    public TitleMatcher plus(String title) {
        return plus(title, title);
    }

    /**
     * This matcher with the title also matched by another name it goes by ("Summer of Hailstones" for L'Été des
     * grêlons): typed, misspelt or in part, the other name finds the title.
     */
    public TitleMatcher plus(String title, String calledAs) {
        String words = key(calledAs);
        PSortedSet<String> matched = exact.getOrDefault(words, TreePSet.empty(ORDER));
        // Another film's own title is never taken as this film's other name, whichever of them came first.
        if (words.isEmpty() || matched.contains(title) || (!title.equals(calledAs) && !matched.isEmpty())) {
            return this;
        }
        // A title whose key another film holds only as another name takes the key over.
        List<String> byOtherName = title.equals(calledAs) ? matched.stream().filter(named -> !key(named).equals(words)).toList() : List.of();
        if (!byOtherName.isEmpty()) {
            TitleMatcher freed = this;
            for (String named : byOtherName) {
                freed = freed.minus(named, words);
            }
            return freed.plus(title, calledAs);
        }
        Title t = new Title(title, words, words.split(" ").length);
        PMap<Character, PSortedSet<Title>> letters = with(byLetter, words.charAt(0), t, TITLE_ORDER);
        if (words.length() > 1 && words.charAt(1) != words.charAt(0)) {
            letters = with(letters, words.charAt(1), t, TITLE_ORDER);
        }
        PMap<String, PSortedSet<String>> parts = partial;
        for (String part : parts(words.split(" "))) {
            parts = with(parts, part, title, ORDER);
        }
        PMap<String, PSortedSet<String>> variants = oneWordOff;
        for (String variant : oneWordOff(words.split(" "))) {
            variants = with(variants, variant, title, ORDER);
        }
        return new TitleMatcher(with(exact, words, title, ORDER), parts, with(despaced, words.replace(" ", ""), title, ORDER),
                letters, variants, wordCounts.plus(t.wordCount(), wordCounts.getOrDefault(t.wordCount(), 0) + 1));
    }

    /** This matcher without the title (itself when it was not matched). */
    public TitleMatcher minus(String title) {
        return minus(title, title);
    }

    /** This matcher without the title's other name (itself when it was not matched). */
    public TitleMatcher minus(String title, String calledAs) {
        String words = key(calledAs);
        if (words.isEmpty() || !exact.getOrDefault(words, TreePSet.empty(ORDER)).contains(title)) {
            return this;
        }
        Title t = new Title(title, words, words.split(" ").length);
        PMap<Character, PSortedSet<Title>> letters = without(byLetter, words.charAt(0), t);
        if (words.length() > 1 && words.charAt(1) != words.charAt(0)) {
            letters = without(letters, words.charAt(1), t);
        }
        PMap<String, PSortedSet<String>> parts = partial;
        for (String part : parts(words.split(" "))) {
            parts = without(parts, part, title);
        }
        PMap<String, PSortedSet<String>> variants = oneWordOff;
        for (String variant : oneWordOff(words.split(" "))) {
            variants = without(variants, variant, title);
        }
        int count = wordCounts.get(t.wordCount());
        return new TitleMatcher(without(exact, words, title), parts, without(despaced, words.replace(" ", ""), title),
                letters, variants, count == 1 ? wordCounts.minus(t.wordCount()) : wordCounts.plus(t.wordCount(), count - 1));
    }

    private static <K, V> PMap<K, PSortedSet<V>> with(PMap<K, PSortedSet<V>> map, K key, V value, Comparator<? super V> order) {
        return map.plus(key, map.getOrDefault(key, TreePSet.empty(order)).plus(value));
    }

    private static <K, V> PMap<K, PSortedSet<V>> without(PMap<K, PSortedSet<V>> map, K key, V value) {
        PSortedSet<V> left = map.get(key);
        if (left == null) {
            return map;
        }
        left = left.minus(value);
        return left.isEmpty() ? map.minus(key) : map.plus(key, left);
    }

    private static String first(PSortedSet<String> titles) {
        return titles == null ? null : titles.first();
    }

    /** The comparable form of a title: lower-case words, without a leading "the", "a" or "an". */
    public static String key(String title) {
        return plainWords(title).replaceFirst("^(the|a|an) (?=\\S)", "").replaceFirst("^the$", "");
    }

    /** The titles named in the question, longest first; exact mentions win over typo matches. */
    public List<String> titlesIn(String question) {
        String[] words = words(question);
        List<String> exactly = exactTitlesIn(words);
        if (!exactly.isEmpty()) {
            return exactly;
        }
        Set<String> found = new LinkedHashSet<>();
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
        if (found.isEmpty()) {
            found.addAll(spacedAndMisspelt(words));
        }
        return List.copyOf(found);
    }

    /**
     * A title typed with a space too many and a typo besides: "bunk bed cosmonut" is Bunkbed Cosmonaut. Two
     * neighbouring words joined, the rest must still be a typo of the title word by word.
     */
    private List<String> spacedAndMisspelt(String[] words) {
        for (int n = Math.min(maxWords, words.length - 1); n >= 1; n--) {
            for (int i = 0; i + n + 1 <= words.length; i++) {
                for (int j = i; j < i + n; j++) {
                    List<String> joined = new ArrayList<>(Arrays.asList(words).subList(i, i + n + 1));
                    joined.set(j - i, joined.get(j - i) + joined.remove(j - i + 1));
                    String title = closestTo(String.join(" ", joined), n);
                    if (title != null) {
                        return List.of(title);
                    }
                }
            }
        }
        return List.of();
    }

    /** The titles the question names exactly (case, punctuation and a leading article aside), longest first. */
    public List<String> exactTitlesIn(String question) {
        return exactTitlesIn(words(question));
    }

    private static String[] words(String question) {
        return plainWords(question).split(" ");
    }

    /**
     * Lower-case words with accents set aside: a title is typed as a keyboard allows, so "lete des grelons" names
     * L'Été des grêlons and "vindmolle" Vindmølle.
     */
    private static String plainWords(String text) {
        return TextCleaner.withoutAccents(TextCleaner.wordsOnly(text.replace("&", " and ")));
    }

    private List<String> exactTitlesIn(String[] words) {
        Set<String> found = new LinkedHashSet<>();
        for (int n = Math.min(maxWords, words.length); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String title = first(exact.get(String.join(" ", Arrays.copyOfRange(words, i, i + n))));
                if (title != null && !containedInLonger(found, title)) {
                    found.add(title);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The one title of two words or more that has this word (not a small one), or null when none or several do:
     * "umbra" is a word of Umbra and the Clockwork Fox only. Whether the word alone names the film is the caller's
     * to judge (the reviews may use it for other things).
     */
    public String onlyTitleWith(String word) {
        PSortedSet<String> titles = partial.get(word);
        return titles != null && titles.size() == 1 ? titles.first() : null;
    }

    /** A title typed with a space too many or too few: "iron wood station", "papermeridian". */
    private List<String> despacedIn(String[] words) {
        for (int n = Math.min(maxWords + 1, words.length); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String joined = String.join("", Arrays.copyOfRange(words, i, i + n));
                String title = joined.length() > 4 ? first(despaced.get(joined)) : null;
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
                PSortedSet<String> titles = partial.get(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (titles != null && titles.size() == 1) {
                    return List.copyOf(titles);
                }
            }
        }
        return List.of();
    }

    /**
     * The runs of two words or more, short of the whole title, that neither start nor end with a small word; and,
     * for a title of two words or more, each word that is not a small one ({@link #onlyTitleWith}).
     */
    private static List<String> parts(String[] words) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; words.length >= 2 && i < words.length; i++) {
            if (!SMALL_WORDS.contains(words[i])) {
                parts.add(words[i]);
            }
        }
        for (int n = 2; n < words.length; n++) {
            for (int i = 0; i + n <= words.length; i++) {
                if (!SMALL_WORDS.contains(words[i]) && !SMALL_WORDS.contains(words[i + n - 1])) {
                    parts.add(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                }
            }
        }
        return parts;
    }

    /** A title's words with each word in turn, small words aside, put as "*" (titles of two words or more). */
    private static List<String> oneWordOff(String[] words) {
        List<String> variants = new ArrayList<>();
        for (int j = 0; words.length >= 2 && j < words.length; j++) {
            if (!SMALL_WORDS.contains(words[j])) {
                String[] variant = words.clone();
                variant[j] = "*";
                variants.add(String.join(" ", variant));
            }
        }
        return variants;
    }

    /** The spans of the question that are a title with one word changed (longest first), a typo aside. */
    public List<Variant> variantsIn(String question) {
        String[] words = plainWords(question).split(" ");
        List<Variant> found = new ArrayList<>();
        for (int n = Math.min(maxWords, words.length); n >= 2; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                for (int j = i; j < i + n; j++) {
                    String[] window = Arrays.copyOfRange(words, i, i + n);
                    String typed = window[j - i];
                    window[j - i] = "*";
                    PSortedSet<String> titles = SMALL_WORDS.contains(typed) ? null : oneWordOff.get(String.join(" ", window));
                    String title = first(titles);
                    String span = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                    // A span that is itself a name of a stored film ("vindmolle 14" beside "turbine 14") changes none.
                    // Another number is a change however few its letters ("turbine 15" beside Turbine 14); a word
                    // typed as the title's sounds ("bad lite" for Bad Light) is a typo however many letters it changes.
                    if (title != null && !exact.containsKey(span) && (isNumber(typed)
                            || Fuzzy.distance(span, key(title)) > typoTolerance(key(title).length()) && !soundsAlike(span, key(title)))) {
                        found.add(new Variant(span, title, typed, i, i + n));
                    }
                }
            }
        }
        return found;
    }

    /** The title a user meant by {@code typed} (an option, a command argument), or null. */
    public String closest(String typed) {
        String wanted = key(typed);
        if (wanted.isEmpty()) {
            return null;
        }
        String title = first(exact.get(wanted));
        return title != null ? title : closestTo(wanted, wanted.split(" ").length);
    }

    /**
     * A word typed alone that the embedding model knows whole and that is no form of the title's word is a word of
     * its own, not a typo: "the river kwai" is no Rivet, though "twirls" is Twirl and "balerina" Ballerina.
     */
    private static boolean aWordOfItsOwn(String typed, String titleWord) {
        return ModelWords.known(typed) && !typed.startsWith(titleWord) && !titleWord.startsWith(typed)
                && !soundsAlike(typed, titleWord);
    }

    /** The typos a title of this many letters may carry: a long title typed in a hurry carries more, one more for every ten letters past twenty. */
    private static int typoTolerance(int length) {
        return Fuzzy.tolerance(length) + Math.max(0, (length - 10) / 10);
    }

    private String closestTo(String wanted, int wordCount) {
        int tolerance = wanted.length() <= 4 ? 0 : typoTolerance(wanted.length());
        if (tolerance == 0) {
            return wordCount == 1 ? shortTitleSlipped(wanted) : null;
        }
        Set<Title> candidates = new LinkedHashSet<>(byLetter.getOrDefault(wanted.charAt(0), TreePSet.empty(TITLE_ORDER)));
        if (wanted.length() > 1) {
            candidates.addAll(byLetter.getOrDefault(wanted.charAt(1), TreePSet.empty(TITLE_ORDER)));
        }
        return candidates.stream()
                .filter(t -> t.wordCount() == wordCount && Math.abs(t.words().length() - wanted.length()) <= tolerance)
                .filter(t -> t.words().length() > 4)
                .filter(t -> wordCount > 1 || !aWordOfItsOwn(wanted, t.words()))
                .map(t -> Map.entry(t, Fuzzy.distance(wanted, t.words())))
                .filter(e -> (e.getValue() <= Math.min(tolerance, typoTolerance(e.getKey().words().length()))
                        && wordByWord(wanted, e.getKey().words())) || soundsAlike(wanted, e.getKey().words()))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> e.getKey().title())
                .orElseGet(() -> wordCount == 1 ? shortTitleSlipped(wanted) : null);
    }

    /**
     * A title of four letters or fewer carries no typo that changes a letter ("heap" is no Heat: short words are
     * too many alike), but it does carry a slip that keeps its letters: two swapped ("cira" for Cria) or one doubled
     * ("criaa"), when what was typed is no word the model knows.
     */
    private String shortTitleSlipped(String wanted) {
        if (wanted.length() < 3 || ModelWords.known(wanted)) {
            return null;
        }
        Set<Title> candidates = new LinkedHashSet<>(byLetter.getOrDefault(wanted.charAt(0), TreePSet.empty(TITLE_ORDER)));
        candidates.addAll(byLetter.getOrDefault(wanted.charAt(1), TreePSet.empty(TITLE_ORDER)));
        return candidates.stream()
                .filter(t -> t.wordCount() == 1 && t.words().length() <= 4)
                .filter(t -> swappedPair(wanted, t.words()) || oneLetterDoubled(wanted, t.words()))
                .map(Title::title).findFirst().orElse(null);
    }

    /** Whether {@code typed} is {@code word} with two neighbouring letters swapped. */
    static boolean swappedPair(String typed, String word) {
        if (typed.length() != word.length()) {
            return false;
        }
        int i = 0;
        while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
            i++;
        }
        return i + 1 < typed.length() && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                && typed.substring(i + 2).equals(word.substring(i + 2));
    }

    /** Whether {@code typed} is {@code word} with one of its letters typed twice. */
    static boolean oneLetterDoubled(String typed, String word) {
        if (typed.length() != word.length() + 1) {
            return false;
        }
        for (int i = 1; i < typed.length(); i++) {
            if (typed.charAt(i) == typed.charAt(i - 1) && (typed.substring(0, i) + typed.substring(i + 1)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each word typed is a typo of the title's word in its place: "hollow reef" is no typo of Hollow Creek ("reef" is
     * two letters from "creek", more than a five-letter word carries, and starts with another letter, which typos
     * seldom change), though the whole is two letters from it; "kestrel lain" is one of Kestrel Lane, typed by sound.
     */
    private static boolean wordByWord(String typed, String title) {
        // Both have as many words: only titles of the typed word count are compared.
        String[] typedWords = typed.split(" ");
        String[] titleWords = title.split(" ");
        for (int i = 0; i < typedWords.length; i++) {
            // Another number is another film ("turbine 15" is no typo of Turbine 14), as a sequel's is.
            if (!typedWords[i].equals(titleWords[i]) && (isNumber(typedWords[i]) || isNumber(titleWords[i]))) {
                return false;
            }
            int distance = Fuzzy.distance(typedWords[i], titleWords[i]);
            boolean sameStart = !typedWords[i].isEmpty() && !titleWords[i].isEmpty() && typedWords[i].charAt(0) == titleWords[i].charAt(0);
            if (distance > Math.max(1, Fuzzy.tolerance(titleWords[i].length())) + (sameStart ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** Double Metaphone codes up to this long: its default of four would make "kingfisher" sound like "kingdom". */
    private static final DoubleMetaphone SOUND = new DoubleMetaphone();

    static {
        SOUND.setMaxCodeLen(12);
    }

    /**
     * Typed by sound, each word as the title's word sounds: "arclite division" (three letters from Arclight
     * Division). A word changed is one of four letters or more, so that short words, whose sounds many words share,
     * never stand in for each other; at least one word is the title's own, or the title is one long word typed two
     * letters off at most ("diafone" for Diaphone), whose sound few words share.
     */
    private static boolean soundsAlike(String typed, String title) {
        String[] typedWords = typed.split(" ");
        String[] titleWords = title.split(" ");
        boolean oneOwn = false;
        for (int i = 0; i < typedWords.length; i++) {
            boolean same = typedWords[i].equals(titleWords[i]);
            oneOwn |= same;
            if (!same && (typedWords[i].length() < 4 || titleWords[i].length() < 4
                    || !SOUND.isDoubleMetaphoneEqual(typedWords[i], titleWords[i]))) {
                return false;
            }
        }
        return oneOwn || (typedWords.length == 1 && typed.length() >= LONG_WORD && title.length() >= LONG_WORD
                && Fuzzy.distance(typed, title) <= 2);
    }

    /** A word this long sounds like few others: a one-word title typed by its sound stands alone. */
    private static final int LONG_WORD = 6;

    private static boolean containedInLonger(Set<String> found, String title) {
        String words = key(title);
        return found.stream().map(TitleMatcher::key).anyMatch(f -> (" " + f + " ").contains(" " + words + " "));
    }
}
