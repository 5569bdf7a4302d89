package dev.reviewbot.answer;

import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.text.TextCleaner;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sentence's words as the scoring compares them with a question's: its stems and its lower-case words,
 * worked out once per sentence (a passage's are the union of its sentences').
 *
 * @param words the sentence's lower-case words only, single spaces ({@link TextCleaner#wordsOnly})
 */
record SentenceWords(Set<String> stems, List<String> wordList, String words) {

    static SentenceWords of(String sentence, Terms terms) {
        String words = TextCleaner.wordsOnly(sentence);
        return new SentenceWords(new HashSet<>(terms.of(sentence)), List.of(words.split(" ")), words);
    }

    static SentenceWords union(Collection<SentenceWords> sentences) {
        Set<String> stems = new HashSet<>();
        List<String> words = new java.util.ArrayList<>();
        sentences.forEach(s -> {
            stems.addAll(s.stems());
            words.addAll(s.wordList());
        });
        return new SentenceWords(stems, words, String.join(" ", words));
    }

    /**
     * Whether a question term occurs here: the same stem, or for longer stems a word that starts with it,
     * which catches what the stemmer keeps apart ("directed" and "director").
     */
    Predicate<String> contains() {
        return term -> stems.contains(term) || (term.length() >= 5 && wordList.stream().anyMatch(w -> w.startsWith(term)));
    }
}
