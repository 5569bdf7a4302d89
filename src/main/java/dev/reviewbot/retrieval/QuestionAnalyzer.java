package dev.reviewbot.retrieval;

import dev.reviewbot.text.TextCleaner;
import dev.reviewbot.text.TitleMatcher;
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
     * @param knownFilms   the films the question may name
     * @param defaultFilms the films to assume when the question names none (scope or conversation)
     */
    public Question analyze(String rawQuestion, TitleMatcher knownFilms, List<String> defaultFilms) {
        return analyze(rawQuestion, knownFilms, defaultFilms, List.of());
    }

    /** @param knownReviewers every reviewer in the library, so "what did Colin Ashby think" finds that review */
    public Question analyze(String rawQuestion, TitleMatcher knownFilms, List<String> defaultFilms,
                            List<String> knownReviewers) {
        String text = TextCleaner.clean(rawQuestion).replaceAll("\\s+", " ").strip();
        List<String> named = knownFilms.titlesIn(text);
        List<String> films = named.isEmpty() ? defaultFilms : named;
        String searchText = withoutTitles(text, named);
        List<Aspect> aspects = vocabulary.aspectsIn(searchText);
        String reviewer = reviewerIn(searchText, knownReviewers);
        boolean summary = aspects.stream().anyMatch(a -> a.name().equals(AspectVocabulary.SUMMARY))
                || (reviewer != null && aspects.isEmpty());
        Set<String> aspectStems = new LinkedHashSet<>();
        aspects.forEach(a -> vocabulary.wordsOf(a, searchText).forEach(w -> aspectStems.addAll(terms.of(w))));
        Set<String> titleStems = new HashSet<>();
        named.forEach(f -> titleStems.addAll(terms.of(f)));
        if (reviewer != null) {
            titleStems.addAll(terms.of(reviewer));
        }
        Set<String> meaningful = new LinkedHashSet<>();
        for (String term : terms.of(text)) {
            if (!genericStems.contains(term) && !titleStems.contains(term) && !term.matches("\\d{1,3}")) {
                meaningful.add(term);
            }
        }
        Set<String> expansion = new LinkedHashSet<>();
        aspects.forEach(a -> a.questionWords().forEach(w -> expansion.addAll(terms.of(w))));
        expansion.removeAll(meaningful);
        return new Question(text, searchText, films, aspects, List.copyOf(meaningful), List.copyOf(aspectStems),
                List.copyOf(expansion), reviewer, summary);
    }

    /** A reviewer named by full name, or by a surname of four letters or more. */
    private static String reviewerIn(String text, List<String> reviewers) {
        String padded = " " + TextCleaner.wordsOnly(text) + " ";
        for (String reviewer : reviewers) {
            String name = TextCleaner.wordsOnly(reviewer);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (padded.contains(" " + name + " ") || (surname.length() >= 4 && padded.contains(" " + surname + " "))) {
                return reviewer;
            }
        }
        return null;
    }

    /** Drops each named title (spelt exactly, case and punctuation aside) from the question. */
    static String withoutTitles(String text, List<String> titles) {
        String result = text;
        for (String title : titles) {
            String words = TextCleaner.wordsOnly(title).replaceFirst("^the ", "");
            if (words.isEmpty()) {
                continue;
            }
            String pattern = "(?iu)\\b(the\\W+)?" + String.join("\\W+", java.util.Arrays.stream(words.split(" "))
                    .map(java.util.regex.Pattern::quote).toList()) + "\\b";
            result = result.replaceAll(pattern, " ");
        }
        String stripped = result.replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").strip();
        return stripped.isEmpty() ? text : stripped;
    }
}
