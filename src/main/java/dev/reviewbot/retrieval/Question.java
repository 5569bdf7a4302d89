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
 * @param unknownFilm  a film it names that the library does not hold, as typed; null when none
 * @param people       names it mentions that the reviews use ("Ana de Armas"): it is about them
 * @param missing      words it asks about that no stored review uses, typos and fillers aside ("dog"); a
 *                     capitalised one is a name the reviews never mention
 * @param expected     the kind of fact it wants (a person for "who", a runtime for "how long"), or ANY
 * @param meaning      the question's embedding, made once and read by every part that needs it (aspects by
 *                     meaning, the opinion reader's first look, retrieval): of {@code searchText}, or with each
 *                     title named read as "it"; null where no model is at hand or for a film not stored
 * @param described    its film was found from a description in it ("the one about the twins"): some of its words
 *                     tell which film, not what is asked
 * @param sensed       its words that ask about an aspect by meaning alone ("finish" for the ending): a review's
 *                     word close in meaning to one ("finale") is evidence on the aspect
 */
public record Question(String text, String searchText, List<String> films, List<Aspect> aspects, List<String> terms,
                       List<String> aspectTerms, List<String> expansion, String reviewer, boolean summary,
                       String unknownFilm, List<String> people, List<String> missing, ExpectedAnswer expected,
                       dev.langchain4j.data.embedding.Embedding meaning, boolean described, List<String> sensed) {

    public Question {
        sensed = List.copyOf(sensed);
        people = List.copyOf(people);
        missing = List.copyOf(missing);
        films = List.copyOf(films);
        aspects = List.copyOf(aspects);
        terms = List.copyOf(terms);
        aspectTerms = List.copyOf(aspectTerms);
        expansion = List.copyOf(expansion);
    }

    /** A question that does not describe its film. */
    public Question(String text, String searchText, List<String> films, List<Aspect> aspects, List<String> terms,
                    List<String> aspectTerms, List<String> expansion, String reviewer, boolean summary,
                    String unknownFilm, List<String> people, List<String> missing, ExpectedAnswer expected,
                    dev.langchain4j.data.embedding.Embedding meaning) {
        this(text, searchText, films, aspects, terms, aspectTerms, expansion, reviewer, summary, unknownFilm, people,
                missing, expected, meaning, false, List.of());
    }

    /** The same question about other films (what it asks does not change with the film). */
    public Question withFilms(List<String> about) {
        return new Question(text, searchText, about, aspects, terms, aspectTerms, expansion, reviewer, summary,
                unknownFilm, people, missing, expected, meaning, described, sensed);
    }

    /** The same question about other aspects ("is everyone good in X?" is about the acting, though no word names it). */
    public Question withAspects(List<Aspect> about) {
        return new Question(text, searchText, films, about, terms, aspectTerms, expansion, reviewer, summary,
                unknownFilm, people, missing, expected, meaning, described, sensed);
    }

    /** The same question, its film found from its description. */
    public Question describingItsFilm() {
        return new Question(text, searchText, films, aspects, terms, aspectTerms, expansion, reviewer, summary,
                unknownFilm, people, missing, expected, meaning, true, sensed);
    }

    public boolean scoped() {
        return !films.isEmpty();
    }
}
