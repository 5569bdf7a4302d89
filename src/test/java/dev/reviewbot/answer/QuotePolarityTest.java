package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.library.SentencePolarity;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * How warmly a quote speaks (which decides which of two films "the reviews speak more warmly of"): the polarity of
 * the stored sentence it quotes, in the section it is cited from, not its neighbours' nor a sentence with the same
 * words under another heading; a quote of an unscored sentence has none.
 */
class QuotePolarityTest {

    private static final String FILM = "Quay Lights";
    private static final String SOARS = "The score soars over the harbour.";
    private static final String UNSCORED = "The credits roll over a long shot of the bay.";

    private static final Map<String, List<Passage>> PASSAGES = Map.of("quay", List.of(
            new Passage("quay-1", "quay", FILM, "Mo Reyes", "Music", 1, 0,
                    SOARS + " The editing around it is choppy. " + UNSCORED, new Polarities(List.of(0.8, -0.6, Double.NaN))),
            new Passage("quay-2", "quay", FILM, "Mo Reyes", "Story", 2, 0, SOARS, new Polarities(List.of(-0.2)))));

    private static final Catalog CATALOG = new Catalog(1, List.of(
            new Review("quay", FILM, 2024, "Mo Reyes", null, "quay.md", List.of(new Section("Music", SOARS)))));

    private static double polarityOf(String section, String quote) {
        OpinionAnswers answers = new OpinionAnswers(OpinionReader.NONE, new AspectVocabulary(List.of(), Set.of()),
                new Terms(new StandardAnalyzer()), null, id -> PASSAGES.getOrDefault(id, List.of()), 3);
        return answers.polarityOf(new Citation(FILM, section, "Mo Reyes", quote), CATALOG);
    }

    @Test
    void aQuote_leansAsTheSentenceItQuotes_inItsOwnSection() {
        assertThat(polarityOf("Music", SOARS)).isEqualTo(0.8);
        assertThat(polarityOf("Story", SOARS)).isEqualTo(-0.2);
    }

    @Test
    void aQuoteOfAnUnscoredSentence_leansNoWay() {
        assertThat(polarityOf("Music", UNSCORED)).isNaN();
    }
}
