package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Limits a user meets at their edge, over SmallReviews: the shortest word a typo is corrected in, the
 * shortest stem that may be misspelt, and a passage only BM25 finds ranked by the fused score.
 */
class RetrievalLimitsTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    @Test
    void aTypoIsCorrectedFromFiveLetters_andAStemIsMisspeltFromSix() {
        // "creek" is one letter from the reviews' "creak"; at four letters ("crek") too many words are that near.
        assertThat(RIG.words.correction("creek", List.of())).isEqualTo("creak");
        assertThat(RIG.words.correction("crek", List.of())).isNull();
        assertThat(RIG.words.correction("cellp", List.of())).isEqualTo("cello");
        // Stems of six letters allow one typo: "postmn" is the reviews' "postman" misspelt.
        assertThat(RIG.words.misspelt("postmn")).isTrue();
        assertThat(RIG.words.misspelt("landlrd")).isTrue();
        assertThat(RIG.words.misspelt("chemistri")).isFalse(); // a word the reviews use is no misspelling
    }

    @Test
    void aPassageOnlyItsWordsFind_ranksByTheFusedScore_withTheNearestPassagesSimilarity() {
        HybridRetriever oneEach = new HybridRetriever(RIG.bot.embeddingStore(), RIG.bot.aspectParts().model(), RIG.lexical,
                RIG.vocabulary, new RetrievalSettings(1, 0.3, 0.45), new PassageFusion(100, 0));
        List<ScoredPassage> found = oneEach.retrieve(RIG.read("cello")).passages();

        // The one nearest passage by meaning is not the one that holds the word; with the word weighed high, the
        // passage holding it comes first, and it takes the weakest similarity the embeddings found (the nearest's).
        assertThat(found).hasSize(2);
        assertThat(found.get(0).passage().text()).contains("cello");
        assertThat(found.get(0).lexical()).isPositive();
        assertThat(found.get(1).lexical()).isZero();
        assertThat(found.get(0).similarity()).isCloseTo(found.get(1).similarity(), within(1e-9));
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }
}
