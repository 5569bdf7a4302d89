package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question that names one of its film's own headings and nothing else: "what works in oxbow fever", "the
 * nitpicks in the marrow engine". The bot offers those headings when it declines ("You could ask about: What works,
 * What doesn't"), so asking for one is answered from that section, whatever its words mean. Headings that name an
 * aspect ("Music", "Verdict") are left to the aspect's own answers.
 */
final class NamedSection {

    private static final int OPENING_SENTENCES = 2;

    private final AspectVocabulary vocabulary;
    private final Terms terms;

    NamedSection(AspectVocabulary vocabulary, Terms terms) {
        this.vocabulary = vocabulary;
        this.terms = terms;
    }

    /** The opening of each section of the film's reviews whose heading the question names exactly; empty if none. */
    Optional<Answer> answer(Question question, Catalog catalog) {
        Set<String> asked = headingTerms(question.searchText());
        if (question.films().size() != 1 || asked.isEmpty() || !question.people().isEmpty()) {
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        for (Review review : catalog.reviewsOf(question.films().get(0))) {
            if (question.reviewer() != null && !question.reviewer().equals(review.reviewer())) {
                continue;
            }
            review.sections().stream()
                    .filter(s -> !Section.WHOLE_REVIEW.equals(s.name()) && vocabulary.aspectsOfSection(s.name()).isEmpty()
                            && asked.equals(headingTerms(s.name())))
                    .findFirst()
                    .ifPresent(s -> citations.add(new Citation(review.title(), s.name(), review.reviewer(), opening(s))));
        }
        return citations.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), citations));
    }

    /**
     * The words that tell a heading, without the auxiliary a question adds ("what does it get wrong" names "What it
     * gets wrong"). Grammar, a closed set.
     */
    private Set<String> headingTerms(String text) {
        Set<String> words = new HashSet<>(terms.of(text));
        words.removeAll(terms.of(AUXILIARIES));
        return words;
    }

    private static final String AUXILIARIES = "do does did";

    private static String opening(Section section) {
        List<String> sentences = Sentences.split(section.text().replace("\n\n", " "));
        List<String> quote = new ArrayList<>(sentences.subList(0, Math.min(OPENING_SENTENCES, sentences.size())));
        while (quote.size() > 1 && String.join(" ", quote).split("\\s+").length > ExtractiveAnswerer.MAX_QUOTE_WORDS) {
            quote.remove(quote.size() - 1);
        }
        return String.join(" ", quote);
    }
}
