package dev.reviewbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * "Compare the acting in X and Y", "X or Y, which is funnier?": the question asked of each named film on its
 * own, each film's evidence quoted and cited to it, the film whose evidence leans the asked way (praise unless
 * the question asks for the worse) first, as the polarity of its quoted sentences says.
 */
final class SideBySide {

    /** Quotes per film: enough for the point and its qualification, few enough that both films are read. */
    private static final int QUOTES_PER_FILM = 2;

    private SideBySide() {
    }

    private record FilmEvidence(String film, List<Citation> quotes, double lean) {
    }

    /**
     * @param perFilm  the answer to the question scoped to one film
     * @param polarity the polarity of a quoted sentence (praise .. criticism), NaN when unscored
     * @param side     +1 when the question asks which is better at it (or asks for no side), -1 for worse
     * @param ranks    the question asks which comes out ahead, so that one is quoted first; else the order named
     * @param warmth   {@code polarity} is the quotes' polarity (the prose says which the reviews speak of more
     *                 warmly); else it is how plainly they say what is asked (the film saying it most plainly first)
     */
    static Optional<Answer> answer(String question, List<String> films, Function<String, Answer> perFilm,
                                   ToDoubleFunction<Citation> polarity, int side, boolean ranks, boolean warmth) {
        List<FilmEvidence> evidence = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (String film : films) {
            Answer answer = perFilm.apply(film);
            List<Citation> quotes = answer.citations().stream()
                    .filter(c -> dev.reviewbot.library.Passage.filmKey(c.review()).equals(dev.reviewbot.library.Passage.filmKey(film)))
                    .limit(QUOTES_PER_FILM).toList();
            if (quotes.isEmpty()) {
                silent.add(film);
                continue;
            }
            java.util.stream.DoubleStream scores = quotes.stream().mapToDouble(polarity).filter(p -> !Double.isNaN(p));
            // Warmth is the quotes' mean; what a film's reviews say plainly, its plainest quote (the second may qualify it).
            double lean = (warmth ? scores.average() : scores.max()).orElse(0);
            evidence.add(new FilmEvidence(film, quotes, side * lean));
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        // Stable: of two films whose evidence leans alike, the one named first stays first.
        List<FilmEvidence> ranked = evidence.stream().sorted(Comparator.comparingDouble(e -> -e.lean())).toList();
        if (ranks) {
            evidence = ranked;
        }
        List<Citation> citations = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (FilmEvidence film : evidence) {
            prose.append(prose.isEmpty() ? "" : " ").append(film.film()).append(':');
            for (Citation quote : film.quotes()) {
                citations.add(quote);
                prose.append(" \"").append(quote.quote()).append("\" [").append(citations.size()).append(']');
            }
        }
        if (!warmth && ranks && ranked.size() >= 2 && ranked.get(0).lean() > ranked.get(1).lean()) {
            prose.append(" Going by the reviews, that is ").append(ranked.get(0).film()).append('.');
        } else if (warmth && ranked.size() >= 2 && ranked.get(0).lean() > ranked.get(1).lean()) {
            prose.append(side > 0 ? " The reviews speak more warmly of " : " The reviews speak less warmly of ")
                    .append(ranked.get(0).film()).append(" on this.");
        }
        if (!silent.isEmpty()) {
            prose.append(" The stored reviews of ").append(String.join(", ", silent)).append(" don't say.");
        }
        return Optional.of(new Answer.Grounded(question, citations, prose.toString(), null));
    }
}
