package dev.reviewbot.retrieval;

import java.util.List;

/**
 * What the bot understood of a question.
 *
 * @param text         the question as cleaned (straight quotes, single spaces)
 * @param searchText   the same without the film titles it names: the scope already says which film, and
 *                     a title in the query would pull every passage that names the film to the top
 * @param films        the films it is about: named in it, given as scope, or carried from the conversation
 * @param aspects      what it asks about (acting, music...), possibly none
 * @param terms        the stemmed words that carry its meaning: no stop words, no film title, nothing generic
 * @param aspectTerms  the stems of the words that named the aspects ("acting"): inside a section that
 *                     covers the aspect they say nothing more
 * @param expansion    stems of the asked aspects' vocabulary ("director" for "who directed"), searched
 *                     with a low weight so BM25 finds a section on the aspect under any heading
 * @param reviewer     the reviewer the question names ("what did Colin Ashby think"), or null
 * @param summary      it asks about the whole review ("summarize", "is it worth it")
 */
public record Question(String text, String searchText, List<String> films, List<Aspect> aspects, List<String> terms,
                       List<String> aspectTerms, List<String> expansion, String reviewer, boolean summary) {

    public Question {
        films = List.copyOf(films);
        aspects = List.copyOf(aspects);
        terms = List.copyOf(terms);
        aspectTerms = List.copyOf(aspectTerms);
        expansion = List.copyOf(expansion);
    }

    /** The same question about other films (what it asks does not change with the film). */
    public Question withFilms(List<String> about) {
        return new Question(text, searchText, about, aspects, terms, aspectTerms, expansion, reviewer, summary);
    }

    public boolean scoped() {
        return !films.isEmpty();
    }
}
