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
        List<String> words = words(sentence);
        Set<String> grams = new LinkedHashSet<>();
        for (int n = 1; n <= longest; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                grams.add(String.join(" ", words.subList(i, i + n)));
            }
        }
        return grams;
    }
}
