package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.ScoredPassage;
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
 * Answers without a language model: quotes the one to three sentences of the stored reviews that best
 * answer the question, each cited, or declines when the evidence is weak. It never writes a word of its
 * own into a quote.
 */
public final class ExtractiveAnswerer {

    private static final int PASSAGES_CONSIDERED = 4;
    private static final int MAX_QUOTE_WORDS = 75;

    private final AspectVocabulary vocabulary;
    private final Terms terms;
    private final AnswerSettings settings;

    public ExtractiveAnswerer(AspectVocabulary vocabulary, Terms terms, AnswerSettings settings) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.settings = settings;
    }

    /** A sentence of a retrieved passage, with how well it answers. */
    private record Candidate(ScoredPassage passage, String sentence, double score, boolean onTopic) {
    }

    public Answer answer(Question question, List<ScoredPassage> ranked, Catalog catalog) {
        if (catalog.reviews().isEmpty()) {
            return new Answer.Declined(question.text(), "The library holds no reviews yet.", List.of());
        }
        if (question.summary()) {
            return summarize(question, catalog);
        }
        if (ranked.isEmpty() || !enoughEvidence(question, ranked)) {
            return decline(question, catalog);
        }
        ExpectedAnswer expected = ExpectedAnswer.of(question.text());
        Optional<Candidate> best = candidates(question, ranked).stream()
                .filter(c -> c.onTopic() && expected.satisfiedBy(c.sentence()))
                .max(java.util.Comparator.comparingDouble(Candidate::score));
        if (best.isEmpty()) {
            return decline(question, catalog);
        }
        List<Citation> citations = new ArrayList<>();
        citations.add(quoteAround(best.get(), catalog));
        secondOpinion(question, ranked, best.get(), catalog).ifPresent(citations::add);
        return new Answer.Grounded(question.text(), citations);
    }

    /**
     * Answer when the question's aspect has a section in scope, or its own words occur in what was found
     * with some semantic similarity, or the similarity alone is strong.
     */
    private boolean enoughEvidence(Question question, List<ScoredPassage> ranked) {
        double topSimilarity = ranked.stream().mapToDouble(ScoredPassage::similarity).max().orElse(-1);
        boolean aspectCovered = !question.aspects().isEmpty() && ranked.stream().anyMatch(ScoredPassage::aspectMatch);
        boolean wordsFound = ranked.stream().limit(PASSAGES_CONSIDERED)
                .anyMatch(p -> matchedTerms(question, p.passage().text()) > 0);
        return aspectCovered || (wordsFound && topSimilarity >= settings.minSimilarity())
                || topSimilarity >= settings.strongSimilarity();
    }

    private List<Candidate> candidates(Question question, List<ScoredPassage> ranked) {
        List<Candidate> candidates = new ArrayList<>();
        for (ScoredPassage passage : ranked.subList(0, Math.min(PASSAGES_CONSIDERED, ranked.size()))) {
            for (String sentence : Sentences.split(passage.passage().text())) {
                double overlap = question.terms().isEmpty() ? 0 : (double) matchedTerms(question, sentence) / question.terms().size();
                boolean onTopic = overlap > 0 || passage.aspectMatch() || question.terms().isEmpty()
                        || passage.similarity() >= settings.strongSimilarity();
                candidates.add(new Candidate(passage, sentence, passage.score() + 0.6 * overlap, onTopic));
            }
        }
        return candidates;
    }

    private long matchedTerms(Question question, String text) {
        Set<String> stems = new HashSet<>(terms.of(text));
        return question.terms().stream().filter(stems::contains).count();
    }

    /** The best sentence with the one beside it: the one before when it opens with a pronoun, else after. */
    private Citation quoteAround(Candidate best, Catalog catalog) {
        Passage passage = best.passage().passage();
        List<String> sentences = sectionSentences(passage, catalog);
        int at = sentences.indexOf(best.sentence());
        List<String> quote = new ArrayList<>(List.of(best.sentence()));
        if (at > 0 && best.sentence().matches("^(She|He|It|They|This|That|These|Those|Her|His|Their)\\b.*")) {
            quote.add(0, sentences.get(at - 1));
        } else if (at >= 0 && at + 1 < sentences.size() && settings.maxQuotes() > 1) {
            quote.add(sentences.get(at + 1));
        }
        while (quote.size() > 1 && String.join(" ", quote).split("\\s+").length > MAX_QUOTE_WORDS) {
            quote.remove(quote.size() - 1 == quote.indexOf(best.sentence()) ? 0 : quote.size() - 1);
        }
        return new Citation(passage.film(), passage.section(), passage.reviewer(), String.join(" ", quote));
    }

    /** Another reviewer's view of the same film, when their review speaks to the question as well. */
    private Optional<Citation> secondOpinion(Question question, List<ScoredPassage> ranked, Candidate best, Catalog catalog) {
        if (settings.maxQuotes() < 3) {
            return Optional.empty();
        }
        Passage first = best.passage().passage();
        return ranked.stream()
                .filter(p -> p.passage().film().equals(first.film()) && !p.passage().reviewId().equals(first.reviewId()))
                .filter(p -> p.score() >= 0.85 * best.passage().score() && (p.aspectMatch() || matchedTerms(question, p.passage().text()) > 0))
                .findFirst()
                .map(p -> {
                    String sentence = Sentences.split(p.passage().text()).stream()
                            .max(java.util.Comparator.comparingLong(s -> matchedTerms(question, s))).orElseThrow();
                    return new Citation(p.passage().film(), p.passage().section(), p.passage().reviewer(), sentence);
                });
    }

    private static List<String> sectionSentences(Passage passage, Catalog catalog) {
        return catalog.review(passage.reviewId()).flatMap(r -> r.section(passage.section()))
                .map(s -> Sentences.split(s.text().replace("\n\n", " "))).orElse(List.of());
    }

    /** "Summarize X": the opening of each review's verdict (or last) section. */
    private Answer summarize(Question question, Catalog catalog) {
        if (question.films().isEmpty()) {
            return new Answer.Declined(question.text(), "Which film should I summarize? I have reviews of:", catalog.films());
        }
        List<Citation> citations = new ArrayList<>();
        for (Review review : catalog.reviewsOf(question.films().get(0))) {
            Section verdict = review.sections().stream()
                    .filter(s -> vocabulary.aspectsOfSection(s.name()).stream().anyMatch(a -> a.name().equals(AspectVocabulary.VERDICT)))
                    .findFirst().orElse(review.sections().get(review.sections().size() - 1));
            List<String> sentences = Sentences.split(verdict.text().replace("\n\n", " "));
            String quote = String.join(" ", sentences.subList(0, Math.min(2, sentences.size())));
            citations.add(new Citation(review.title(), verdict.name(), review.reviewer(), quote));
            if (citations.size() == settings.maxQuotes()) {
                break;
            }
        }
        return citations.isEmpty() ? decline(question, catalog) : new Answer.Grounded(question.text(), citations);
    }

    private Answer decline(Question question, Catalog catalog) {
        if (question.films().isEmpty()) {
            return new Answer.Declined(question.text(), "The stored reviews don't say.", catalog.films());
        }
        String film = question.films().get(0);
        if (catalog.reviewsOf(film).isEmpty()) {
            return new Answer.Declined(question.text(), "The stored reviews don't say.", catalog.films());
        }
        List<String> offers = catalog.reviewsOf(film).stream()
                .flatMap(r -> r.sections().stream().map(Section::name)).distinct().toList();
        String about = question.aspects().stream().map(Aspect::label).findFirst().map(a -> " about its " + a).orElse(" about that");
        return new Answer.Declined(question.text(),
                "The stored reviews of " + catalog.reviewsOf(film).get(0).title() + " don't say anything" + about + ".",
                offers);
    }
}
