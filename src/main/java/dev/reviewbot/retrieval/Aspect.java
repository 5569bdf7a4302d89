package dev.reviewbot.retrieval;

import java.util.List;

/**
 * Something a question can ask about (acting, music, the verdict...), with the words that signal it in a
 * question and the words that mark a review heading as covering it.
 *
 * @param aloneWords words that ask about this aspect only when nothing more specific is asked ("is it
 *                   good?" asks for the verdict; "is the acting good?" asks about the acting)
 * @param description what the aspect is about in words, embedded to recognise it without its words; empty
 *                   for aspects recognised by their words alone
 * @param personWords words for the person in the aspect's role ("composer", "dp"): asked with nothing else
 *                   ("harrow bright dp"), they ask who
 */
public record Aspect(String name, String label, List<String> questionWords, List<String> sectionWords,
                     List<String> aloneWords, String description, List<String> personWords) {

    public Aspect(String name, String label, List<String> questionWords, List<String> sectionWords, List<String> aloneWords) {
        this(name, label, questionWords, sectionWords, aloneWords, "", List.of());
    }

    public Aspect {
        description = description == null ? "" : description.strip();
        personWords = List.copyOf(personWords);
        questionWords = List.copyOf(questionWords);
        sectionWords = List.copyOf(sectionWords);
        aloneWords = List.copyOf(aloneWords);
    }
}
