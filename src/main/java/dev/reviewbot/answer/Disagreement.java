package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Do the reviewers agree on the music?", "which reviewer hated the score?": each reviewer's sentence on
 * it, cited with the reviewer, ordered as asked (the one who hated it first when asked who hated it). On
 * the verdict alone ("how split are the ratings?") each review's rating.
 */
final class Disagreement {

    /**
     * Weights, beside the passage's retrieval score, of the share of the question's words a sentence holds, of its
     * naming the aspect or person asked about, and of how far it leans either way: the sentence scoring model's
     * (answer/ScoringModel, which `reviewbot fit-scoring` fits), relative to its passage similarity's weight.
     */
    private final double coverageWeight;
    private final double mentionWeight;
    private final double opinionWeight;
    private final AspectVocabulary vocabulary;
    private final Terms terms;

    private final double minPolarity;

    /** @param minPolarity how far a reviewer's second sentence must lean the other way to be quoted too */
    Disagreement(AspectVocabulary vocabulary, Terms terms, double minPolarity, ScoringModel scoring) {
        this.coverageWeight = scoring == null ? 0 : scoring.relativeWeight("sentence-coverage");
        this.mentionWeight = scoring == null ? 0 : scoring.relativeWeight("mentions-aspect");
        this.opinionWeight = scoring == null ? 0 : scoring.relativeWeight("polarity-strength");
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.minPolarity = minPolarity;
    }

    /** @param retrieval passages ranked for the question, scoped to the one film */
    Optional<Answer> answer(Question question, OpinionAsk ask, String film, Retrieval retrieval, Catalog catalog) {
        List<Review> reviews = catalog.reviewsOf(film);
        boolean verdictOnly = question.summary() || (!question.aspects().isEmpty() && question.aspects().stream()
                .allMatch(a -> a.name().equals(AspectVocabulary.VERDICT)) && question.people().isEmpty());
        List<View> views = new ArrayList<>();
        List<Citation> ratings = new ArrayList<>();
        for (Review review : reviews) {
            if (verdictOnly && review.rating() != null) {
                ratings.add(MetadataAnswers.cite(review, "rating", review.rating()));
                continue;
            }
            view(question, review, retrieval).ifPresent(views::add);
        }
        if (!ratings.isEmpty()) {
            return ratings.size() + views.size() < 2 ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(),
                    java.util.stream.Stream.concat(ratings.stream(), views.stream().map(v -> v.main().citation())).toList()));
        }
        if (views.size() < 2) {
            return Optional.empty();
        }
        int side = ask.sideOrPraise();
        // "Which reviewer hated the score?": the reviewer whose sentence most about it leans furthest that way first;
        // then any sentence where a reviewer also leans the other way.
        List<View> ordered = views.stream().sorted(Comparator.comparingDouble(v -> -side * v.main().polarity())).toList();
        List<Citation> quotes = java.util.stream.Stream.concat(ordered.stream().map(View::main),
                ordered.stream().flatMap(v -> v.other().stream())).map(OpinionSentence::citation).toList();
        return Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    /**
     * One reviewer's view on what is asked: the sentence most about it, and where the same reviewer also leans the
     * other way on it ("heard on its own it is lovely" ... "I found it cloying"), the sentence leaning furthest so.
     */
    private record View(OpinionSentence main, Optional<OpinionSentence> other) {
    }

    /** The review's sentence most about what is asked: a named person, the aspect, the question's words. */
    private Optional<View> view(Question question, Review review, Retrieval retrieval) {
        OpinionSentence best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestFocus = -1;
        List<OpinionSentence> all = new ArrayList<>();
        for (ScoredPassage scored : retrieval.passages()) {
            if (!scored.passage().reviewId().equals(review.id())) {
                continue;
            }
            for (OpinionSentence sentence : OpinionSentence.of(List.of(scored.passage()))) {
                String text = sentence.text();
                boolean person = question.people().stream().anyMatch(p -> text.contains(surname(p)));
                boolean aspect = question.aspects().stream().anyMatch(a -> vocabulary.mentions(text, a));
                double coverage = retrieval.coverage(containedIn(text), question.aspectTerms());
                boolean topical = question.people().isEmpty()
                        ? aspect || coverage > 0 || (scored.aspectMatch() && question.terms().isEmpty())
                        : person;
                all.add(sentence);
                if (!topical) {
                    continue;
                }
                // Polarity counts a little: of two sentences on the point, the one with an opinion answers. (Tried:
                // the sentence leaning furthest with the review's mean stance among its three most on topic; the
                // model's polarity is too noisy sentence by sentence, and tune.jsonl lost one.)
                double score = scored.score() + coverageWeight * coverage + (aspect || person ? mentionWeight : 0)
                        + opinionWeight * Math.abs(sentence.polarity());
                // A person is judged where the review dwells on them (its section naming them most), not where a
                // verdict names them in passing beside the photography and the score.
                int focus = person ? namingInSection(question, review, sentence, retrieval) : 0;
                if (focus > bestFocus || (focus == bestFocus && score > bestScore)) {
                    bestFocus = focus;
                    best = sentence;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        OpinionSentence main = best;
        // A reviewer's words on it go on in the section of the sentence most about it, without naming it again
        // ("By the hospital drive in the third act I found it cloying." under "Music").
        double lean = Math.signum(main.polarity());
        Optional<OpinionSentence> other = all.stream().filter(s -> s != main && s.quotable() && -lean * s.polarity() >= minPolarity
                        && s.passage().reviewId().equals(main.passage().reviewId())
                        && s.passage().sectionIndex() == main.passage().sectionIndex())
                .max(Comparator.comparingDouble(s -> -lean * s.polarity()));
        return Optional.of(new View(main, other));
    }

    /** How many sentences of the sentence's section name a person the question asks about. */
    private static int namingInSection(Question question, Review review, OpinionSentence sentence, Retrieval retrieval) {
        return (int) retrieval.passages().stream().map(ScoredPassage::passage)
                .filter(p -> p.reviewId().equals(review.id()) && p.sectionIndex() == sentence.passage().sectionIndex())
                .flatMap(p -> p.sentences().stream())
                .filter(s -> question.people().stream().anyMatch(person -> s.text().contains(surname(person)))).count();
    }

    private java.util.function.Predicate<String> containedIn(String text) {
        Set<String> stems = new HashSet<>(terms.of(text));
        return stems::contains;
    }

    private static String surname(String person) {
        return person.substring(person.lastIndexOf(' ') + 1);
    }
}
