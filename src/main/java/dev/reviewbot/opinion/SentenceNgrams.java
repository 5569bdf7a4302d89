package dev.reviewbot.opinion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word n-grams a sentence holds, as the polarity model's sparse features (present or not, not counted):
 * lower-cased words with their contractions ("isn't", "film's") and "!" and "?", joined by one space.
 * No stemming and no stop words: "not good" and "good" must stay apart.
 */
public final class SentenceNgrams {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)*|[!?]");
    /** Words and the punctuation that ends a negation's scope (".,;:" are dropped from the words, "!?" kept). */
    private static final Pattern TOKEN_OR_STOP = Pattern.compile(TOKEN.pattern() + "|[.,;:]");
    /**
     * Words that open a negation's scope (besides any word ending in "n't"): English's closed class of
     * negators, as in Das and Chen (2001) and Pang, Lee and Vaithyanathan (2002). Whether a marked word
     * praises or criticises is still learned from the data.
     */
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nor", "cannot", "neither",
            "without", "none", "nobody", "nowhere");
    /** Marks a word inside a negation's scope; no token holds an underscore, so marked words are new features. */
    static final String NEGATED = "not_";

    private SentenceNgrams() {
    }

    /** The sentence's words, in order. */
    public static List<String> words(String sentence) {
        Matcher m = TOKEN.matcher(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Every run of 1 to {@code longest} consecutive words, each once, shorter ones first. */
    public static Set<String> of(String sentence, int longest) {
        Set<String> grams = new LinkedHashSet<>();
        addRuns(words(sentence), longest, grams);
        return grams;
    }

    /**
     * As {@link #of(String, int)}, and with {@code negation} also the runs of the sentence's words with those in
     * a negation's scope (after a negator, up to the next punctuation mark) marked "not_": "isn't funny,
     * but" adds "not_funny" and "isn't not_funny" beside "funny" and "isn't funny".
     */
    public static Set<String> of(String sentence, int longest, boolean negation) {
        Set<String> grams = of(sentence, longest);
        if (negation) {
            addRuns(negationMarked(sentence), longest, grams);
        }
        return grams;
    }

    /** The sentence's words with those in a negation's scope marked. */
    public static List<String> negationMarked(String sentence) {
        Matcher m = TOKEN_OR_STOP.matcher(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> words = new ArrayList<>();
        boolean negated = false;
        while (m.find()) {
            String token = m.group();
            boolean stop = ".,;:!?".contains(token);
            if (stop) {
                negated = false;
                if (token.equals("!") || token.equals("?")) {
                    words.add(token);
                }
                continue;
            }
            words.add(negated ? NEGATED + token : token);
            negated |= NEGATORS.contains(token) || token.endsWith("n't");
        }
        return words;
    }

    /** Marks a character n-gram's key, so that it never meets a word n-gram's ("good" the word, "#good" the letters). */
    public static final String CHARACTERS = "#";
    /** Single characters say nothing of praise or criticism. */
    private static final int SHORTEST_CHARACTERS = 2;

    /**
     * Every run of 2 to {@code longest} characters of the sentence's words joined by single spaces, with a space
     * either end ("#ood f", "#unny "), each once: they catch spellings, inflections and compounds the word
     * n-grams miss ("un-funny", "funniest").
     */
    public static Set<String> characters(String sentence, int longest) {
        String text = " " + String.join(" ", words(sentence)) + " ";
        Set<String> grams = new LinkedHashSet<>();
        for (int n = SHORTEST_CHARACTERS; n <= longest; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                grams.add(CHARACTERS + text.substring(i, i + n));
            }
        }
        return grams;
    }

    private static void addRuns(List<String> words, int longest, Set<String> grams) {
        for (int n = 1; n <= longest; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                grams.add(String.join(" ", words.subList(i, i + n)));
            }
        }
    }
}
