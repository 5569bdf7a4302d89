package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.opinion.OpinionReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * "Which is funnier, X or Y?": a film's evidence on a quality is its stored sentence nearest in meaning to the
 * quality ({@link OpinionReader#towards} and resemblance), wherever in its reviews it stands: the question's words
 * ("funnier") and its aspect's sections found "the jokes land" under "Writing" before "the funniest film I have seen
 * in years" in an introduction. The films are ranked by that sentence alone.
 */
final class QualityEvidence {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QualityEvidence.class);

    private final ToDoubleFunction<String> nearness;
    private final double lean;
    private final Catalog catalog;
    private final Function<String, List<Passage>> passagesOf;
    /** Each film's quote of its nearest sentence, with how near that sentence is. */
    private final Map<Citation, Double> nearest = new HashMap<>();

    /**
     * @param nearness how near a sentence is in meaning to the quality asked about; NaN when nothing embeds
     * @param lean     weight of a sentence's polarity beside that (towards the quality's own side)
     */
    QualityEvidence(ToDoubleFunction<String> nearness, double lean, Catalog catalog, Function<String, List<Passage>> passagesOf) {
        this.nearness = nearness;
        this.lean = lean;
        this.catalog = catalog;
        this.passagesOf = passagesOf;
    }

    /**
     * The film's sentence nearest the quality, then the first quote of {@code asked} (the question asked of the film
     * alone: it finds the question's own words, "properly horrible", where the nearest may be a remark on the genre);
     * a quote of {@code asked} holding the nearest sentence stands for it, with the sentences around it.
     */
    Answer answer(String question, String film, Function<String, Answer> asked) {
        Answer alone = asked.apply(film);
        List<Citation> also = alone.citations().stream().filter(c -> Passage.filmKey(c.review()).equals(Passage.filmKey(film))).limit(1).toList();
        List<Citation> quotes = new ArrayList<>();
        nearestOf(film).ifPresent(near -> {
            Citation quote = also.stream().filter(c -> c.quote().contains(near.sentence().text())).findFirst()
                    .orElse(near.sentence().citation());
            nearest.put(quote, near.score());
            quotes.add(quote);
        });
        also.stream().filter(c -> quotes.stream().noneMatch(q -> q.quote().contains(c.quote()))).forEach(quotes::add);
        return quotes.isEmpty() ? alone : new Answer.Grounded(question, quotes);
    }

    /** How near a quote is to the quality, when it stands for a film's nearest sentence; NaN for the other quotes. */
    double score(Citation quote) {
        return nearest.getOrDefault(quote, Double.NaN);
    }

    private java.util.Optional<Scored> nearestOf(String film) {
        List<OpinionSentence> sentences = OpinionSentence.of(catalog.reviewsOf(film).stream()
                .flatMap(r -> passagesOf.apply(r.id()).stream()).toList());
        // "It's funny." resembles "It is a funny film." best and says least; a sentence long enough to say why comes first.
        List<OpinionSentence> quotable = sentences.stream().filter(OpinionSentence::quotable).toList();
        List<Scored> scored = (quotable.isEmpty() ? sentences : quotable).stream()
                .map(s -> new Scored(s, score(s.text(), s.polarity()))).filter(s -> !Double.isNaN(s.score()))
                .sorted(Comparator.comparingDouble(s -> -s.score())).toList();
        scored.stream().limit(3).forEach(s -> LOG.debug("  {} {} | {}", film, String.format("%.3f", s.score()), s.sentence().text()));
        return scored.stream().findFirst();
    }

    private double score(String sentence, double polarity) {
        return nearness.applyAsDouble(sentence) + (Double.isNaN(polarity) || Double.isNaN(lean) ? 0 : lean * polarity);
    }

    private record Scored(OpinionSentence sentence, double score) {
    }
}
