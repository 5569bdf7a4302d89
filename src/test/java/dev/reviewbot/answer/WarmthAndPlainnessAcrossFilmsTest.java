package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two named films weighed side by side from hand-scored quotes: which the reviews speak of more warmly (the mean of
 * a film's scored quotes, an unscored quote left out), and when the plainer film is named (only when one is ahead).
 */
class WarmthAndPlainnessAcrossFilmsTest {

    private static final double UNSCORED = Double.NaN;

    /** Each film's stored quotes, in the order its own answer cites them, with the polarity of each. */
    private static Answer ask(Map<String, Map<String, Double>> quotesByFilm, boolean ranks, boolean warmth) {
        Map<String, Double> polarity = new java.util.HashMap<>();
        quotesByFilm.values().forEach(polarity::putAll);
        List<String> films = quotesByFilm.keySet().stream().sorted().toList();
        return SideBySide.answer("which is better?", films,
                film -> new Answer.Grounded(film, quotesByFilm.get(film).keySet().stream().sorted()
                        .map(q -> new Citation(film, "Review", "R", q)).toList()),
                c -> polarity.get(c.quote()), 1, ranks, warmth).orElseThrow();
    }

    @Test
    void anUnscoredQuote_doesNotSpoilTheWarmthOfItsFilm() {
        Answer answer = ask(Map.of(
                "Amber Coast", Map.of("a lovely score", 0.8, "b the score plays", UNSCORED),
                "Birch Hollow", Map.of("c a passable score", 0.1)), true, true);

        assertThat(answer.text()).contains("The reviews speak more warmly of Amber Coast");
        assertThat(answer.citations().get(0).review()).isEqualTo("Amber Coast");
    }

    @Test
    void warmth_isTheMeanOfAFilmsQuotes_notItsWarmestQuote() {
        Answer answer = ask(Map.of(
                "Amber Coast", Map.of("a a glorious score", 0.9, "b a dreadful score", -0.9),
                "Birch Hollow", Map.of("c a pleasant score", 0.3)), true, true);

        assertThat(answer.text()).contains("The reviews speak more warmly of Birch Hollow");
    }

    @Test
    void twoFilmsSayingItEquallyPlainly_neitherIsNamedTheWinner() {
        Answer answer = ask(Map.of(
                "Amber Coast", Map.of("a it is very funny", 0.5),
                "Birch Hollow", Map.of("b it is very funny too", 0.5)), true, false);

        assertThat(answer.text()).contains("Amber Coast:").contains("Birch Hollow:").doesNotContain("Going by the reviews");
    }

    @Test
    void theFilmSayingItMorePlainly_isNamed() {
        Answer answer = ask(Map.of(
                "Amber Coast", Map.of("a it is mildly funny", 0.2),
                "Birch Hollow", Map.of("b it is hilarious", 0.7)), true, false);

        assertThat(answer.text()).contains("Going by the reviews, that is Birch Hollow.");
    }
}
