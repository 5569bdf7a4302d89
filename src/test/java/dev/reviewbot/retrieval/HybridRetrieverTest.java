package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.library.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which passages retrieval puts first, and the evidence it reports for each, over SmallReviews. */
class HybridRetrieverTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    private static double cosine(String question, Passage passage) {
        EmbeddingModel model = RIG.bot.aspectParts().model();
        Embedding q = model.embed(question).content();
        Embedding p = model.embed(passage.embeddingText()).content();
        double dot = 0, qq = 0, pp = 0;
        for (int i = 0; i < q.vector().length; i++) {
            dot += q.vector()[i] * p.vector()[i];
            qq += q.vector()[i] * q.vector()[i];
            pp += p.vector()[i] * p.vector()[i];
        }
        return dot / Math.sqrt(qq * pp);
    }

    @Test
    void aNamedFilm_scopesRetrievalToIt_andTheSectionOnTheAspectComesFirst() {
        Retrieval acting = RIG.retrieve("How is the acting in Lantern Bay?");

        assertThat(acting.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.passage().film()).isEqualTo("Lantern Bay"));
        ScoredPassage top = acting.passages().get(0);
        assertThat(top.passage().section()).isEqualTo("1. The Voices");
        assertThat(top.aspectMatch()).isTrue();
        assertThat(acting.passages()).filteredOn(ScoredPassage::aspectMatch).hasSize(1);
        assertThat(acting.passages()).extracting(ScoredPassage::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aReviewerNamed_scopesRetrievalToTheirReview() {
        Retrieval ferris = RIG.retrieve("ferris review");

        assertThat(ferris.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.passage().reviewer()).isEqualTo("Nadia Ferris"));
    }

    @Test
    void aFilmAndAReviewerNamedTogether_mustBothMatch() {
        Question marrowByBrill = RIG.read("what did Odette Brill think of Marrow Lane?");

        assertThat(marrowByBrill.films()).containsExactly("Marrow Lane");
        assertThat(marrowByBrill.reviewer()).isEqualTo("Odette Brill");
        assertThat(RIG.retriever.retrieve(marrowByBrill).passages()).isEmpty();
    }

    @Test
    void similarity_isTheCosineOfQuestionAndPassage_soWeakEvidenceStaysWeak() {
        Question question = RIG.read("tell me about the stolen bicycle");
        Retrieval found = RIG.retriever.retrieve(question);

        assertThat(found.passages()).hasSizeGreaterThan(3);
        for (ScoredPassage scored : found.passages()) {
            assertThat(scored.similarity()).as(scored.passage().section())
                    .isCloseTo(cosine(question.searchText(), scored.passage()), within(1e-3));
        }
        ScoredPassage top = found.passages().get(0);
        assertThat(top.passage().text()).contains("stolen bicycle");
        // An unrelated passage stays well below the answer thresholds (config: min-similarity 0.20).
        assertThat(found.passages().get(found.passages().size() - 1).similarity()).isLessThan(0.2);
    }

    @Test
    void bm25Saturates_andTheFusedScoreAddsItsWeightAndTheAspectBoost() {
        PassageFusion fusion = new PassageFusion(0.5, 0.25);
        HybridRetriever retriever = new HybridRetriever(RIG.bot.embeddingStore(), RIG.bot.aspectParts().model(), RIG.lexical,
                RIG.vocabulary, RIG.bot.config().retrieval(), fusion);
        Retrieval found = retriever.retrieve(RIG.read("who wrote the score"));

        ScoredPassage music = found.passages().get(0);
        assertThat(music.passage().section()).isEqualTo("Sound and Fury");
        assertThat(music.aspectMatch()).isTrue();
        assertThat(music.lexical()).isStrictlyBetween(0.0, 1.0);
        for (ScoredPassage p : found.passages()) {
            assertThat(p.score()).isCloseTo(p.similarity() + 0.5 * p.lexical() + (p.aspectMatch() ? 0.25 : 0), within(1e-9));
            assertThat(p.lexical() > 0).as(p.passage().section()).isEqualTo(p.passage().text().toLowerCase().contains("score"));
        }
        // Saturating at 3: BM25 3 would be 0.5, so a single plain word match stays under it.
        assertThat(found.passages()).allSatisfy(p -> assertThat(p.lexical()).isLessThan(0.5));
    }

    @Test
    void aPassageOnlyBm25Found_takesTheWeakestSimilarityTheEmbeddingsFound() {
        HybridRetriever oneEach = new HybridRetriever(RIG.bot.embeddingStore(), RIG.bot.aspectParts().model(), RIG.lexical,
                RIG.vocabulary, new RetrievalSettings(1, 0.3, 0.45), new PassageFusion(0, 0));
        Question question = RIG.read("who directed it");
        List<ScoredPassage> found = oneEach.retrieve(question).passages();

        assertThat(found).hasSizeBetween(1, 2);
        double nearest = RIG.retriever.retrieve(question).passages().stream().mapToDouble(ScoredPassage::similarity).max().orElseThrow();
        assertThat(found).allSatisfy(p -> assertThat(p.similarity()).isCloseTo(nearest, within(1e-6)));
    }

    @Test
    void termWeights_areInverseDocumentFrequencies_rareWordsWeighMore() {
        Map<String, Double> weights = RIG.retrieve("is copper lanterns any good?").termWeights();

        assertThat(weights).containsOnlyKeys("copper", "lantern", "good");
        assertThat(weights.get("lantern")).isLessThan(weights.get("copper")); // "lantern" is in several passages
        assertThat(weights.get("copper")).isGreaterThan(0);
    }

    @Test
    void fusionWeightsBelowZero_areRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PassageFusion(-0.1, 0))
                .hasMessage("fusion weights must be at least 0, were -0.1 and 0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PassageFusion(0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PassageFusion(0, 0).lexicalWeight()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetrievalSettings(0, 0.3, 0.45))
                .hasMessage("candidates must be at least 1, was 0");
        assertThat(new RetrievalSettings(1, 0.3, 0.45).candidates()).isEqualTo(1);
    }

    @Test
    void coverage_isTheShareOfTermWeightFound_leavingIgnoredTermsOut() {
        Retrieval weighted = new Retrieval(List.of(), Map.of("score", 1.0, "cello", 3.0));

        assertThat(weighted.coverage("cello"::equals, List.of())).isEqualTo(0.75);
        assertThat(weighted.coverage("score"::equals, List.of())).isEqualTo(0.25);
        assertThat(weighted.coverage("score"::equals, List.of("cello"))).isEqualTo(1.0);
        assertThat(weighted.coverage(t -> false, List.of("cello", "score"))).isEqualTo(1.0);
        assertThat(new Retrieval(List.of(), Map.of()).coverage(t -> true, List.of())).isZero();
    }
}
