package dev.reviewbot.retrieval;

import dev.reviewbot.library.LexicalSearch;
import java.util.List;

/**
 * What words the stored reviews use, from the index itself: whether a word occurs anywhere, whether a
 * word is a misspelling of one that does, whether a name occurs as a phrase. An unknown word in a question
 * is a typo, a film or person the library does not hold, or something the reviews never mention.
 */
public class LibraryWords {

    /** Knows no words: for a bot with no index, every word is as good as known. */
    public static final LibraryWords NONE = new LibraryWords(null, null);

    private final LexicalSearch lexical;
    private final Terms terms;

    public LibraryWords(LexicalSearch lexical, Terms terms) {
        this.lexical = lexical;
        this.terms = terms;
    }

    /** Whether the word occurs in some passage (stop words count as known). */
    public boolean known(String word) {
        if (lexical == null) {
            return true;
        }
        List<String> stems = terms.of(word);
        return stems.isEmpty() || stems.stream().allMatch(s -> lexical.documentFrequency(s) > 0);
    }

    /** Whether the word is unknown but a typo or two away from a word some passage holds. */
    public boolean misspelt(String word) {
        if (lexical == null || known(word)) {
            return false;
        }
        // One typo in the stem, two in a long one ("cinematograpy"); a short stem none: "revenant" stems to
        // "reven", a typo away from "seven", and would pass for a misspelling of it.
        return terms.of(word).stream().allMatch(s -> {
            int edits = s.length() >= 11 ? 2 : s.length() >= 6 ? 1 : 0;
            return edits > 0 && lexical.nearTermExists(s, edits);
        });
    }

    /** Whether the words occur together in some passage: a name the reviews mention ("Ana de Armas"). */
    public boolean phraseKnown(String phrase) {
        if (lexical == null) {
            return true;
        }
        List<String> stems = terms.of(phrase);
        return stems.isEmpty() || lexical.phraseExists(stems);
    }
}
