package dev.reviewbot.retrieval;

import java.util.List;

/**
 * Something a question can ask about (acting, music, the verdict...), with the words that signal it in a
 * question and the words that mark a review heading as covering it.
 */
public record Aspect(String name, String label, List<String> questionWords, List<String> sectionWords) {

    public Aspect {
        questionWords = List.copyOf(questionWords);
        sectionWords = List.copyOf(sectionWords);
    }
}
