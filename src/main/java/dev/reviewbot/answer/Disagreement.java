package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
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
import java.util.function.Function;

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

    /** How opinion questions are put ("do both reviewers like"): no words of what they ask about. */
    private final Set<String> askingTerms;

    /**
     * @param minPolarity how far a reviewer's second sentence must lean the other way to be quoted too
     * @param askingTerms the terms of the opinion kinds' descriptions ({@code OpinionReader.askingWords})
     */
    Disagreement(AspectVocabulary vocabulary, Terms terms, double minPolarity, ScoringModel scoring, Set<String> askingTerms) {
        this.askingTerms = askingTerms;
        this.coverageWeight = scoring == null ? 0 : scoring.relativeWeight("sentence-coverage");
        this.mentionWeight = scoring == null ? 0 : scoring.relativeWeight("mentions-aspect");
        this.opinionWeight = scoring == null ? 0 : scoring.relativeWeight("polarity-strength");
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.minPolarity = minPolarity;
        this.commonGround = new CommonGround(vocabulary, terms);
    }

    private final CommonGround commonGround;

    /**
     * @param retrieval  passages ranked for the question, scoped to the one film
     * @param passagesOf every stored passage of a review, by review id, with its sentences' polarity
     */
    Optional<Answer> answer(Question question, OpinionAsk ask, String film, Retrieval retrieval, Catalog catalog,
                            Function<String, List<Passage>> passagesOf) {
        List<Review> reviews = catalog.reviewsOf(film);
        Optional<Boolean> agreeOn = CommonGround.asksWhatIsShared(question.text());
        if (agreeOn.isPresent() && question.people().isEmpty() && question.aspects().stream().allMatch(a -> WHOLE.contains(a.name()))) {
            // "What do both reviewers agree on?" names no part: the parts they both speak of answer, not their verdicts.
            Optional<Answer> common = commonGround.answer(question.text(), film, reviews, passagesOf, agreeOn.get());
            if (common.isPresent()) {
                return common;
            }
        }
        boolean verdictOnly = question.summary() || (!question.aspects().isEmpty() && question.aspects().stream()
                .allMatch(a -> a.name().equals(AspectVocabulary.VERDICT)) && question.people().isEmpty());
        if (verdictOnly || choosesBetweenReviewers(question)) {
            return overall(question, ask, reviews, catalog, passagesOf);
        }
        List<View> views = new ArrayList<>();
        for (Review review : reviews) {
            view(question, review, retrieval, false).ifPresent(views::add);
        }
        if (views.size() < 2) {
            // "Love it or hate it?", "do critics agree about X?": nothing asked about but the film, and no two
            // reviews speak to the question's own words: each reviewer's judgement of the film as a whole.
            boolean wholeFilm = question.people().isEmpty() && question.aspects().stream().allMatch(a -> WHOLE.contains(a.name()));
            return wholeFilm ? overall(question, ask, reviews, catalog, passagesOf) : Optional.empty();
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
     * "Who liked Sorting Office more, the judge or the critic?": "who" offered a choice after a comma asks which of
     * the reviewers, whom the choice describes ("the judge" is a review's writer, not a part of the film), so with
     * nothing else asked of the film each one's judgement of it as a whole answers. Grammar, a closed set.
     */
    private static final java.util.regex.Pattern REVIEWERS_OFFERED = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:who|which(?:\\s+(?:one|reviewer|critic|review)s?)?)\\b[^,]*,\\s*(?:the\\s+)?[^,]{1,60}?\\s+or\\s+(?:the\\s+)?[^,]{1,60}?[\\s?.!]*$");

    private static boolean choosesBetweenReviewers(Question question) {
        return question.people().isEmpty() && question.aspects().stream().allMatch(a -> WHOLE.contains(a.name()))
                && REVIEWERS_OFFERED.matcher(question.text()).find();
    }

    /**
     * Each review's sentence most about what is asked, of the reviews given, where the sentence names the part or
     * person asked about or stands in a section on it: a second reviewer's view beside an answer quoting only one.
     */
    List<Citation> viewsOf(Question question, List<Review> reviews, Retrieval retrieval, Citation given) {
        List<Citation> views = new ArrayList<>();
        List<String> named = question.people().isEmpty() ? namesIn(given) : List.of();
        for (Review review : reviews) {
            view(question, review, retrieval, true).map(v -> v.main().citation())
                    .or(() -> namingTheSame(named, review, retrieval)).ifPresent(views::add);
        }
        return views;
    }

    /**
     * The names in a quote ("Tjitske Bergsma's score ... is stirring"): two to four capitalised words in a row, but
     * the film's own title's words.
     */
    static List<String> namesIn(Citation quote) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher name = NAME.matcher(quote.quote());
        while (name.find()) {
            String written = name.group().replaceFirst("['\u2019]s$", "");
            if (!quote.review().contains(written) && !names.contains(written)) {
                names.add(written);
            }
        }
        return names;
    }

    /**
     * A second review that never names the part asked about may still speak of it by its maker's name: "Tjitske
     * Bergsma's brass band and organ blare over every stretch of ice" is that reviewer's word on the music the first
     * quote credits to her. Its sentence naming someone the first quote names, the first such in the review's order.
     */
    private static Optional<Citation> namingTheSame(List<String> names, Review review, Retrieval retrieval) {
        return retrieval.passages().stream().map(ScoredPassage::passage).filter(p -> p.reviewId().equals(review.id()))
                .sorted(Comparator.comparingInt(Passage::sectionIndex).thenComparingInt(Passage::passageIndex))
                .flatMap(p -> OpinionSentence.of(List.of(p)).stream())
                .filter(s -> s.quotable() && names.stream().anyMatch(n -> s.text().contains(n)))
                .findFirst().map(OpinionSentence::citation);
    }

    /** Two to four capitalised words in a row ("Tjitske Bergsma's"), a possessive kept to be cut. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'])\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\h+\\p{Lu}[\\p{Ll}'\u2019-]+){1,3}(?![\\p{L}])");

    /** Aspects that name the film as a whole, not a part of it: every sentence is about them, so none tells a part. */
    static final Set<String> WHOLE = Set.of(AspectVocabulary.VERDICT, AspectVocabulary.SUMMARY, AspectVocabulary.TITLE);

    /**
     * Each reviewer's judgement of the film as a whole: the review's rating where it gives one, and the sentence of
     * its opening or closing section leaning furthest the way the review leans (its rating, or its verdict's polarity where it gives
     * none), the reviews in the order asked ("which reviewer was harsher?": the lowest first).
     */
    private Optional<Answer> overall(Question question, OpinionAsk ask, List<Review> reviews, Catalog catalog,
                                     Function<String, List<Passage>> passagesOf) {
        RatingScale scale = RatingScale.fit(catalog.reviews(), passagesOf, this::verdictPolarity);
        record Judged(double value, List<Citation> quotes) {
        }
        List<Judged> judged = new ArrayList<>();
        for (Review review : reviews) {
            double value = scale.of(review, passagesOf, this::verdictPolarity);
            if (Double.isNaN(value)) {
                continue;
            }
            List<OpinionSentence> sentences = OpinionSentence.of(passagesOf.apply(review.id()));
            // A review states where it stands where it opens and where it closes, not in its plot summary.
            int first = sentences.stream().mapToInt(s -> s.passage().sectionIndex()).min().orElse(0);
            int last = sentences.stream().mapToInt(s -> s.passage().sectionIndex()).max().orElse(0);
            List<OpinionSentence> verdict = sentences.stream().filter(s -> s.passage().sectionIndex() == first
                    || s.passage().sectionIndex() == last).toList();
            double lean = value >= NEUTRAL_RATING ? 1 : -1;
            Optional<OpinionSentence> said = (verdict.isEmpty() ? sentences : verdict).stream().filter(OpinionSentence::quotable)
                    .max(Comparator.comparingDouble(s -> lean * s.polarity()));
            List<Citation> quotes = new ArrayList<>();
            if (review.rating() != null) {
                quotes.add(MetadataAnswers.cite(review, "rating", review.rating()));
            }
            said.map(OpinionSentence::citation).filter(c -> quotes.stream().noneMatch(q -> q.quote().contains(c.quote())))
                    .ifPresent(quotes::add);
            if (!quotes.isEmpty()) {
                judged.add(new Judged(value, quotes));
            }
        }
        if (judged.size() < 2) {
            return Optional.empty();
        }
        int side = ask.sideOrPraise();
        return Optional.of(new Answer.Grounded(question.text(), judged.stream()
                .sorted(Comparator.comparingDouble(j -> -side * j.value())).flatMap(j -> j.quotes().stream()).toList()));
    }

    /** The middle of the 0..1 rating scale: a review rated above it leans to praise. */
    private static final double NEUTRAL_RATING = 0.5;

    /** The mean polarity of what a review says in its verdict (its whole text when nothing reads as one); NaN when unscored. */
    double verdictPolarity(List<OpinionSentence> review) {
        List<OpinionSentence> verdict = review.stream().filter(s -> s.about(verdict(), vocabulary)).toList();
        return (verdict.isEmpty() ? review : verdict).stream().mapToDouble(OpinionSentence::polarity).average().orElse(Double.NaN);
    }

    private dev.reviewbot.retrieval.Aspect verdict() {
        return vocabulary.aspects().stream().filter(a -> a.name().equals(AspectVocabulary.VERDICT)).findFirst().orElseThrow();
    }

    /**
     * One reviewer's view on what is asked: the sentence most about it, and where the same reviewer also leans the
     * other way on it ("heard on its own it is lovely" ... "I found it cloying"), the sentence leaning furthest so.
     */
    private record View(OpinionSentence main, Optional<OpinionSentence> other) {
    }

    /**
     * The review's sentence most about what is asked: a named person, the aspect, the question's words.
     *
     * @param strictly only a sentence naming the person or the part asked about, or the aspect (or in a section on it)
     *                 where no part is asked; not one sharing other words
     */
    private Optional<View> view(Question question, Review review, Retrieval retrieval, boolean strictly) {
        OpinionSentence best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestFocus = -1;
        List<OpinionSentence> all = new ArrayList<>();
        // Coverage counts only where the question has words of its own beside the aspect's: with none ("which
        // reviewer hated the music?") every sentence covers them (Retrieval.coverage), and a review that never
        // speaks of the music would be quoted on its editing. Then only the aspect's own evidence counts: the
        // sentence names it, or its section is on it.
        // The words that put the question ("do both reviewers like ...") are none of its own: "like" and "both" in
        // "like something out of a Turner painting, ... from both sides" made a camera sentence the one on the music.
        Set<String> notOwn = new HashSet<>(question.aspectTerms());
        notOwn.addAll(askingTerms);
        boolean ownWords = retrieval.termWeights().keySet().stream().anyMatch(t -> !notOwn.contains(t));
        // "Which reviewer liked the ending?" asks about a part of the writing: a sentence naming the part, or under a
        // heading naming it ("What about the ending?"), is the reviewer's view on it before one naming the script.
        AskedPart part = AskedPart.of(question, terms);
        for (ScoredPassage scored : retrieval.passages()) {
            if (!scored.passage().reviewId().equals(review.id())) {
                continue;
            }
            for (OpinionSentence sentence : OpinionSentence.of(List.of(scored.passage()))) {
                String text = sentence.text();
                boolean person = question.people().stream().anyMatch(p -> RoleMentions.namesPerson(text, p));
                boolean aspect = question.aspects().stream().anyMatch(a -> vocabulary.mentions(text, a));
                double coverage = retrieval.coverage(containedIn(text), question.aspectTerms());
                boolean named = part.namedBy(text, sentence.passage().section(), terms);
                // Strictly, a part asked about ("is the ending too long?") must be named: the runtime is no view on the ending.
                boolean topical = !question.people().isEmpty() ? person
                        : strictly ? named || (part.terms().isEmpty() && (aspect || scored.aspectMatch()))
                        : aspect || named || (ownWords ? retrieval.coverage(containedIn(text), notOwn) > 0 : scored.aspectMatch());
                all.add(sentence);
                // "My score: 9/10." gives the review's mark: it says nothing of the music its word also names.
                if (!topical || (review.rating() != null && text.contains(review.rating()))) {
                    continue;
                }
                // Polarity counts a little: of two sentences on the point, the one with an opinion answers. (Tried:
                // the sentence leaning furthest with the review's mean stance among its three most on topic; the
                // model's polarity is too noisy sentence by sentence, and tune.jsonl lost one.)
                double score = scored.score() + coverageWeight * coverage + (aspect || person ? mentionWeight : 0)
                        + opinionWeight * Math.abs(sentence.polarity());
                // A person is judged where the review dwells on them (its section naming them most), not where a
                // verdict names them in passing beside the photography and the score.
                int focus = person ? namingInSection(question, review, sentence, retrieval)
                        : named ? 1 : 0;
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
                .filter(s -> question.people().stream().anyMatch(person -> RoleMentions.namesPerson(s.text(), person))).count();
    }

    private java.util.function.Predicate<String> containedIn(String text) {
        Set<String> stems = new HashSet<>(terms.of(text));
        return stems::contains;
    }
}
