package dev.reviewbot.retrieval;

import java.util.List;

/**
 * What the bot understood of a question.
 *
 * @param text         the question as cleaned (straight quotes, single spaces)
 * @param films        the films it is about: named in it, given as scope, or carried from the conversation
 * @param aspects      what it asks about (acting, music...), possibly none
 * @param terms        the stemmed words that carry its meaning: no stop words, no film title, nothing generic
 * @param summary      it asks about the whole review ("summarize", "is it worth it")
 */
public record Question(String text, List<String> films, List<Aspect> aspects, List<String> terms, boolean summary) {

    public Question {
        films = List.copyOf(films);
        aspects = List.copyOf(aspects);
        terms = List.copyOf(terms);
    }

    public boolean scoped() {
        return !films.isEmpty();
    }
}
