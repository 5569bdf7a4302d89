package dev.reviewbot.retrieval;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.library.Passage;
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

    /** Whether the reviews of these films use the word (any review when none is named). */
    public boolean usedOn(String word, List<String> films) {
        if (lexical == null || films.isEmpty()) {
            return known(word);
        }
        Filter scope = reviewsOf(films);
        List<String> stems = terms.of(word);
        return stems.isEmpty() || stems.stream().allMatch(s -> lexical.documentFrequency(s, scope) > 0);
    }

    /** The passages of these films' reviews. */
    private static Filter reviewsOf(List<String> films) {
        return new IsIn(Passage.FILM_KEY, films.stream().map(Passage::filmKey).toList());
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

    /**
     * The word the reviews use that {@code word} misspells by one typo (a letter dropped, added, changed or two
     * swapped); null when none, or when the word is known or short. Each candidate is stemmed as the index
     * stems, so a typo that breaks the stem ("animaton", whose stem is not a typo away from "anim") is still
     * found. Of several, the one the reviews of the films asked about use most ("minow" in a question about a
     * film with a newt called Minnow is "minnow", not the commoner "minor"), then the one used most anywhere.
     *
     * @param films the films the question names; empty for none
     */
    public String correction(String word, List<String> films) {
        if (lexical == null || word.length() < MIN_CORRECTED_LENGTH || !word.chars().allMatch(Character::isLetter) || known(word)) {
            return null;
        }
        Filter scope = films.isEmpty() ? null : reviewsOf(films);
        String best = null;
        long bestScore = 0;
        for (String candidate : oneTypoAway(word)) {
            List<String> stems = terms.of(candidate);
            int frequency = stems.size() == 1 ? lexical.documentFrequency(stems.get(0)) : 0;
            long score = frequency == 0 ? 0 : frequency + (scope == null ? 0 : (long) lexical.documentFrequency(stems.get(0), scope) << 32);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Shorter words have too many near neighbours ("cast", "vast", "fast") for one typo to say which. */
    private static final int MIN_CORRECTED_LENGTH = 5;

    private static java.util.Set<String> oneTypoAway(String word) {
        java.util.Set<String> edits = new java.util.LinkedHashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            String head = word.substring(0, i);
            String tail = word.substring(i);
            if (!tail.isEmpty()) {
                edits.add(head + tail.substring(1));
            }
            if (tail.length() > 1) {
                edits.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
            }
            for (char c = 'a'; c <= 'z'; c++) {
                if (!tail.isEmpty()) {
                    edits.add(head + c + tail.substring(1));
                }
                edits.add(head + c + tail);
            }
        }
        edits.remove(word);
        return edits;
    }

    /** Whether some passage holds these words (stop words aside) in this order: a quote of a review. */
    public boolean textKnown(String text) {
        return lexical != null && !terms.of(text).isEmpty() && phraseKnown(text);
    }

    /**
     * Whether some passage holds the words close together, in either order, within a sentence's reach: "the
     * smiling landlord ... is more cartoonish" holds "landlord" and "cartoonish". Words a review puts in one
     * sentence are what the question asks about, not a film's title.
     */
    public boolean nearEachOther(String first, String second) {
        if (lexical == null) {
            return true;
        }
        List<String> a = terms.of(first);
        List<String> b = terms.of(second);
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return lexical.phraseExists(both, NEAR_SLOP);
    }

    /**
     * Positions a phrase query may move its words to match ("landlord played by Otto Graves, is more
     * cartoonish" is 7 apart; reversed order costs 2 more): about one sentence of a review.
     */
    private static final int NEAR_SLOP = 12;

    /**
     * Whether some review writes these words with capitals ("The Thing", "Tobias Venn"), as a name; false when
     * the reviews use them only in lower case ("the old lighthouse keeper"). Looks at the passages that hold
     * the words most.
     */
    public boolean writtenAsName(String phrase) {
        return written(phrase, false);
    }

    /**
     * Whether some review writes these words as a title inside a sentence, after a capital "The" that opens
     * no sentence: "it owes a lot to The Thing", "comparing it to The Banshees of Inisherin". A film named in
     * a review of another film is no film the library holds.
     */
    public boolean writtenAsTitle(String phrase) {
        return lexical != null && written(phrase, true);
    }

    private boolean written(String phrase, boolean asTitle) {
        if (lexical == null) {
            return true;
        }
        List<String> stems = terms.of(phrase);
        String[] typed = dev.reviewbot.text.TextCleaner.wordsOnly(phrase).split(" ");
        if (stems.isEmpty() || typed.length == 0) {
            return false;
        }
        java.util.regex.Pattern inText = java.util.regex.Pattern.compile((asTitle ? "(?<=\\p{Ll}[,:]? The )(?iu)" : "(?iu)\\b") + String.join("[^\\p{L}\\p{N}]+",
                java.util.Arrays.stream(typed).map(java.util.regex.Pattern::quote).toList()) + "\\b");
        for (LexicalSearch.Hit hit : lexical.search(stems, List.of(), null, NAME_PASSAGES)) {
            java.util.regex.Matcher found = inText.matcher(hit.segment().text());
            while (found.find()) {
                if (java.util.Arrays.stream(found.group().split("[^\\p{L}\\p{N}]+"))
                        .allMatch(w -> w.length() <= 3 || Character.isUpperCase(w.codePointAt(0)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some review writes this name as a person's: its last word standing alone, capitalised, as critics call
     * people after naming them once ("Rourke is terrific"), a credit's verb right after it ("Nell Okoro sings",
     * "Ada Lind plays"), their work by possessive ("Pia Sorensen's score"), or a credit before it ("the score by Bram
     * Oster", "starring Ada Lind"). A film another review names in passing has none of these ("better than Mister
     * Candlewick, which I walked out of").
     */
    public boolean writtenAsPerson(String phrase) {
        if (lexical == null) {
            return true;
        }
        String[] typed = dev.reviewbot.text.TextCleaner.wordsOnly(phrase).split(" ");
        if (typed.length < 2) {
            return false;
        }
        String name = String.join("[^\\p{L}\\p{N}]+", java.util.Arrays.stream(typed).map(java.util.regex.Pattern::quote).toList());
        String last = java.util.regex.Pattern.quote(typed[typed.length - 1]);
        java.util.regex.Pattern credited = java.util.regex.Pattern.compile("(?u)\\b(?iu:" + name + ")(?:['’]s\\s|,?\\s+" + CREDIT_VERB + ")"
                + "|\\b(?:by|with|starring)\\s+(?iu:" + name + ")\\b");
        java.util.regex.Pattern alone = java.util.regex.Pattern.compile("(?u)(?<!(?iu:" + java.util.regex.Pattern.quote(typed[typed.length - 2])
                + ")[^\\p{L}\\p{N}]{1,3})\\b(?iu:" + last + ")\\b");
        for (LexicalSearch.Hit hit : lexical.search(terms.of(phrase), List.of(), null, NAME_PASSAGES)) {
            String text = hit.segment().text();
            if (credited.matcher(text).find()) {
                return true;
            }
            java.util.regex.Matcher found = alone.matcher(text);
            while (found.find()) {
                if (Character.isUpperCase(found.group().codePointAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verbs a review credits a person with, right after their name. Grammar of credits, a closed set. */
    private static final String CREDIT_VERB = "(?:plays|played|stars|starred|sings|sang|voices|voiced|directs|directed|writes|wrote"
            + "|shoots|shot|composed|scores|scored|edits|edited|gives|gave|as\\s+\\p{Lu})";

    /**
     * Whether the reviews write this word only as a name, and only in reviews of this film: "Umbra" (the fox of
     * Umbra and the Clockwork Fox) but not "marrow" (also "the marrow engine" in lower case) or "little". A word
     * the reviews never use is no name of theirs.
     */
    public boolean onlyANameIn(String word, String film) {
        if (lexical == null) {
            return false;
        }
        java.util.regex.Pattern inText = java.util.regex.Pattern.compile("(?iu)\\b" + java.util.regex.Pattern.quote(word) + "\\b");
        boolean seen = false;
        for (LexicalSearch.Hit hit : lexical.search(terms.of(word), List.of(), null, NAME_PASSAGES)) {
            java.util.regex.Matcher found = inText.matcher(hit.segment().text());
            while (found.find()) {
                if (!Character.isUpperCase(found.group().codePointAt(0))
                        || !film.equals(hit.segment().metadata().getString(dev.reviewbot.library.Passage.FILM))) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /** Passages read for how they write a phrase: the best few for its words. */
    private static final int NAME_PASSAGES = 10;

    /** Whether the words occur together in some passage: a name the reviews mention ("Ana de Armas"). */
    public boolean phraseKnown(String phrase) {
        if (lexical == null) {
            return true;
        }
        List<String> stems = terms.of(phrase);
        return stems.isEmpty() || lexical.phraseExists(stems);
    }
}
