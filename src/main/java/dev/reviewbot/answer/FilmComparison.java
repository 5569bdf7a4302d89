package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import java.util.HashSet;
import java.util.Set;
import dev.reviewbot.review.ProseMetadata;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * "Which film has the best score?", "which films did reviewers dislike?", "is X better than Y?": films
 * ranked by the mean polarity of what their reviews say on the aspect (each review counting once), or for
 * the overall verdict by their ratings on one scale, with the evidence for the top one or two quoted.
 */
final class FilmComparison {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FilmComparison.class);

    /** A word in more than this share of the sentences compared tells nothing about which of them is asked for. */
    private static final double TELLING_SHARE = 0.05;

    private final AspectVocabulary vocabulary;
    private final Terms terms;

    FilmComparison(AspectVocabulary vocabulary, Terms terms) {
        this.vocabulary = vocabulary;
        this.terms = terms;
    }

    /** @param context every sentence on what is compared, including those that do not name it (which review supports it) */
    private record Ranked(String film, double value, List<OpinionSentence> sentences, List<OpinionSentence> context, List<Review> reviews) {
    }

    /**
     * @param films      the films compared: those the question names, or every stored film
     * @param passagesOf every stored passage of a review, by review id
     */
    Optional<Answer> answer(Question question, OpinionAsk ask, List<String> films, boolean named, Catalog catalog,
                            Function<String, List<Passage>> passagesOf, int maxQuotes) {
        int side = ask.sideOrPraise();
        List<Aspect> aspects = question.aspects().stream().filter(a -> !a.name().equals(AspectVocabulary.VERDICT)
                && !a.name().equals(AspectVocabulary.SUMMARY) && !a.name().equals(AspectVocabulary.TITLE)).toList();
        // "The best car chase" is about car chases, not every stunt: where some review's sentences hold the
        // question's telling words (rare among the sentences compared: "car", not "has"), only those count.
        List<List<String>> stemmed = films.stream().flatMap(f -> catalog.reviewsOf(f).stream())
                .flatMap(r -> passagesOf.apply(r.id()).stream()).flatMap(p -> p.sentences().stream())
                .map(s -> terms.of(s.text())).toList();
        Set<String> asked = new HashSet<>(question.terms());
        asked.removeAll(question.aspectTerms());
        asked.removeIf(t -> stemmed.stream().filter(s -> s.contains(t)).count() > TELLING_SHARE * stemmed.size());
        boolean specific = !aspects.isEmpty() && !asked.isEmpty() && stemmed.stream().anyMatch(s -> s.stream().anyMatch(asked::contains));
        LOG.debug("comparing {} on {} (terms {}, specific {})", films, aspects.stream().map(Aspect::name).toList(), asked, specific);
        List<Ranked> ranked = new ArrayList<>();
        java.util.function.Supplier<RatingScale> ratingScale = memoized(() -> RatingScale.fit(catalog.reviews(), passagesOf, this::verdictPolarity));
        for (String film : films) {
            List<Review> reviews = catalog.reviewsOf(film);
            List<OpinionSentence> sentences = OpinionSentence.of(reviews.stream().flatMap(r -> passagesOf.apply(r.id()).stream()).toList());
            OptionalDouble value;
            List<OpinionSentence> context;
            if (aspects.isEmpty()) {
                sentences = sentences.stream().filter(s -> s.about(verdict(), vocabulary)).toList();
                context = sentences;
                RatingScale scale = ratingScale.get();
                value = reviews.stream().mapToDouble(r -> scale.of(r, passagesOf, this::verdictPolarity)).filter(v -> !Double.isNaN(v)).average();
            } else {
                List<OpinionSentence> about = sentences.stream().filter(s -> aspects.stream().anyMatch(a -> s.about(a, vocabulary))).toList();
                // Sentences that name the aspect say what the review thinks of it; the rest of a section on it
                // (the plot of a scene, a credit) only dilutes that.
                List<OpinionSentence> naming = about.stream().filter(s -> aspects.stream().anyMatch(a -> s.names(a, vocabulary))).toList();
                sentences = specific ? sentences.stream().filter(s -> holds(s.text(), asked)).toList()
                        : naming.isEmpty() ? about : naming;
                List<OpinionSentence> on = sentences;
                context = about;
                // Each review counts once: a long review does not outvote a short one.
                value = reviews.stream().map(r -> on.stream().filter(s -> s.passage().reviewId().equals(r.id()))
                        .mapToDouble(OpinionSentence::polarity).average()).filter(OptionalDouble::isPresent)
                        .mapToDouble(OptionalDouble::getAsDouble).average();
            }
            if (value.isPresent()) {
                ranked.add(new Ranked(film, value.getAsDouble(), sentences, context, reviews));
            }
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        // Ratings and the polarity of unrated films' verdicts share the 0..1 scale: tried ranking rated films
        // first, which put "Two stars out of five" before a film whose "One and a half stars" reads on no scale.
        ranked.sort(Comparator.comparingDouble(r -> -side * r.value()));
        ranked.forEach(r -> LOG.debug("  {} {} from {} sentences", r.film(), String.format("%.3f", r.value()), r.sentences().size()));
        // "Which films..." has the top two for an answer; "is X better than Y?" one, with the evidence against the
        // other named films after it (what leans the other way in their reviews).
        List<Ranked> shown = ranked.subList(0, named ? ranked.size() : Math.min(2, ranked.size()));
        List<Citation> quotes = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Ranked film = shown.get(i);
            int lean = named && i > 0 ? -side : side;
            Optional<Citation> sentence = evidence(film.sentences(), film.context(), lean, judgesAlone(aspects)).map(OpinionSentence::citation);
            Optional<Citation> rating = aspects.isEmpty() ? film.reviews().stream().filter(r -> ProseMetadata.scale(r.rating()).isPresent())
                    .max(Comparator.comparingDouble(r -> lean * ProseMetadata.scale(r.rating()).orElseThrow()))
                    .map(r -> MetadataAnswers.cite(r, "rating", r.rating())) : Optional.empty();
            // A film that lost on the verdict is told best by its rating; otherwise a sentence comes first.
            List<Citation> items = named && i > 0 && rating.isPresent() ? List.of(rating.get())
                    : java.util.stream.Stream.of(sentence, rating).flatMap(Optional::stream).toList();
            items.stream().filter(c -> quotes.stream().noneMatch(q -> q.quote().equals(c.quote()))).forEach(quotes::add);
        }
        return quotes.isEmpty() ? Optional.empty()
                : Optional.of(new Answer.Grounded(question.text(), quotes.subList(0, Math.min(maxQuotes, quotes.size()))));
    }

    /**
     * One film's sentence on the question's aspects (not the verdict) leaning furthest the given way: evidence for a
     * film whose reviews never use the question's words ("scary") but do judge the aspect ("properly horrible").
     */
    Optional<Citation> evidenceOn(Question question, String film, int side, Catalog catalog, Function<String, List<Passage>> passagesOf) {
        List<Aspect> aspects = question.aspects().stream().filter(a -> !a.name().equals(AspectVocabulary.VERDICT)
                && !a.name().equals(AspectVocabulary.SUMMARY) && !a.name().equals(AspectVocabulary.TITLE)).toList();
        if (aspects.isEmpty()) {
            return Optional.empty();
        }
        List<OpinionSentence> about = OpinionSentence.of(catalog.reviewsOf(film).stream().flatMap(r -> passagesOf.apply(r.id()).stream()).toList())
                .stream().filter(s -> aspects.stream().anyMatch(a -> s.about(a, vocabulary))).toList();
        return evidence(about, about, side, judgesAlone(aspects)).map(OpinionSentence::citation);
    }

    /**
     * A sentence that names no aspect but those asked about judges them; one listing several ("a superb central
     * performance, ravishing photography and a score you will want to hear again") judges each in passing.
     */
    private java.util.function.Predicate<OpinionSentence> judgesAlone(List<Aspect> asked) {
        if (asked.isEmpty()) {
            return s -> true;
        }
        List<Aspect> others = vocabulary.aspects().stream().filter(a -> !asked.contains(a) && !a.name().equals(AspectVocabulary.VERDICT)
                && !a.name().equals(AspectVocabulary.SUMMARY) && !a.name().equals(AspectVocabulary.TITLE)).toList();
        return s -> others.stream().noneMatch(a -> s.names(a, vocabulary));
    }

    /**
     * The sentence leaning furthest the given way, from the review whose sentences on it (context: also those not
     * naming it, "I found it cloying" under "Music") lean furthest that way on average (of two reviews of the best
     * score, the one who loved it), if any sentence leans that way at all; of that review's sentences, one judging
     * the aspect alone before one listing it beside others.
     */
    private static Optional<OpinionSentence> evidence(List<OpinionSentence> sentences, List<OpinionSentence> context, int lean,
                                                      java.util.function.Predicate<OpinionSentence> alone) {
        Optional<String> review = context.stream().collect(java.util.stream.Collectors.groupingBy(s -> s.passage().reviewId(),
                        java.util.stream.Collectors.averagingDouble(s -> lean * s.polarity())))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
        List<OpinionSentence> quotable = sentences.stream().filter(OpinionSentence::quotable).toList();
        List<OpinionSentence> fromReview = quotable.stream().filter(s -> review.isEmpty() || s.passage().reviewId().equals(review.get())).toList();
        return leaning(fromReview.stream().filter(alone).toList(), lean).or(() -> leaning(fromReview, lean))
                .or(() -> leaning(quotable, lean));
    }

    private static Optional<OpinionSentence> leaning(List<OpinionSentence> sentences, int lean) {
        return sentences.stream().max(Comparator.comparingDouble(s -> lean * s.polarity())).filter(s -> lean * s.polarity() > 0);
    }

    /** The mean polarity of what a review says in its verdict (its whole text when nothing reads as one); NaN when unscored. */
    private double verdictPolarity(List<OpinionSentence> review) {
        List<OpinionSentence> verdict = review.stream().filter(s -> s.about(verdict(), vocabulary)).toList();
        return (verdict.isEmpty() ? review : verdict).stream().mapToDouble(OpinionSentence::polarity).average().orElse(Double.NaN);
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked") T t = (T) value[0];
            return t;
        };
    }

    private boolean holds(String sentence, Set<String> asked) {
        return terms.of(sentence).stream().anyMatch(asked::contains);
    }

    private Aspect verdict() {
        return vocabulary.aspects().stream().filter(a -> a.name().equals(AspectVocabulary.VERDICT)).findFirst().orElseThrow();
    }
}
