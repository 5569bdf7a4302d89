package dev.reviewbot.retrieval;

import dev.reviewbot.text.TextCleaner;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a question: which films, which aspects, which meaningful terms. */
public final class QuestionAnalyzer {

    private final AspectVocabulary vocabulary;
    private final Terms terms;
    private final Set<String> genericStems;

    public QuestionAnalyzer(AspectVocabulary vocabulary, Terms terms) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.genericStems = new HashSet<>(terms.of(String.join(" ", vocabulary.genericWords())));
    }

    /**
     * @param knownFilms   every film in the library
     * @param defaultFilms the films to assume when the question names none (scope or conversation)
     */
    public Question analyze(String rawQuestion, List<String> knownFilms, List<String> defaultFilms) {
        String text = TextCleaner.clean(rawQuestion).replaceAll("\\s+", " ").strip();
        List<String> named = FilmMatcher.filmsIn(text, knownFilms);
        List<String> films = named.isEmpty() ? defaultFilms : named;
        List<Aspect> aspects = vocabulary.aspectsIn(text);
        boolean summary = aspects.stream().anyMatch(a -> a.name().equals(AspectVocabulary.SUMMARY));
        Set<String> titleStems = new HashSet<>();
        named.forEach(f -> titleStems.addAll(terms.of(f)));
        Set<String> meaningful = new LinkedHashSet<>();
        for (String term : terms.of(text)) {
            if (!genericStems.contains(term) && !titleStems.contains(term) && !term.matches("\\d{1,3}")) {
                meaningful.add(term);
            }
        }
        return new Question(text, films, aspects, List.copyOf(meaningful), summary);
    }
}
