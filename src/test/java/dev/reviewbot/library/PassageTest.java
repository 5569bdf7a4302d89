package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passage as stored and read back: its sentences' polarity, its aspect labels, its film and reviewer,
 * and what it is embedded as. The embedder's test uses {@link HashingEmbeddingModel}: it is about which
 * passage gets which scores and labels, not about what the vectors mean.
 */
class PassageTest {

    private static final Passage ACTING = new Passage("glass-orchard/maya#1.0", "glass-orchard/maya", "Glass Orchard",
            "Maya Lindqvist", "Acting", 1, 0, "The leads are superb. The villain is flat. It ends.");

    @Test
    void aStoredPassage_readsBackWithItsScoresLabelsAndReviewer() {
        Passage scored = ACTING.withPolarities(new Polarities(List.of(0.8123, -0.4, Double.NaN)))
                .withAspects(List.of("acting", "villain"));

        TextSegment segment = scored.toSegment();
        Passage back = Passage.fromSegment(scored.id(), segment);

        assertThat(segment.metadata().getString(Passage.FILM_KEY)).isEqualTo("glass orchard");
        assertThat(segment.metadata().getString(Passage.ASPECTS)).isEqualTo(",acting,villain,");
        assertThat(back.aspects()).containsExactly("acting", "villain");
        assertThat(back.reviewer()).isEqualTo("Maya Lindqvist");
        assertThat(back.polarities().values()).containsExactly(0.812, -0.4, Double.NaN);
        assertThat(back.withPolarities(scored.polarities())).isEqualTo(scored);
    }

    @Test
    void anAnonymousUnscoredUnlabelledPassage_readsBackAsSuch() {
        Passage anonymous = new Passage("x#0.0", "x", "Ballerina", null, Section.WHOLE_REVIEW, 0, 0, "Fine.");

        TextSegment segment = anonymous.toSegment();
        Passage back = Passage.fromSegment("x#0.0", segment);

        assertThat(segment.metadata().containsKey(Passage.REVIEWER)).isFalse();
        assertThat(segment.metadata().containsKey(Passage.POLARITY)).isFalse();
        assertThat(segment.metadata().containsKey(Passage.ASPECTS)).isFalse();
        assertThat(back).isEqualTo(anonymous);
        assertThat(back.aspects()).isNull();
        assertThat(back.polarities()).isEqualTo(Polarities.NONE);
        assertThat(new Passage("x", "x", "f", null, "s", 0, 0, "t", null, null).polarities()).isEqualTo(Polarities.NONE);
    }

    @Test
    void aPassageWithOnlyUnscoredSentences_storesNoPolarity() {
        Passage unscored = ACTING.withPolarities(new Polarities(List.of(Double.NaN, Double.NaN)));

        assertThat(unscored.toSegment().metadata().containsKey(Passage.POLARITY)).isFalse();
    }

    @Test
    void sentences_carryTheirOwnScore_andNaNPastTheLastScored() {
        Passage scored = ACTING.withPolarities(new Polarities(List.of(0.9, -0.5)));

        List<ScoredSentence> sentences = scored.sentences();

        assertThat(sentences).extracting(ScoredSentence::text)
                .containsExactly("The leads are superb.", "The villain is flat.", "It ends.");
        assertThat(sentences).extracting(ScoredSentence::index).containsExactly(0, 1, 2);
        assertThat(sentences.get(0).polarity()).isEqualTo(0.9);
        assertThat(sentences.get(1).polarity()).isEqualTo(-0.5);
        assertThat(sentences.get(1).scored()).isTrue();
        assertThat(sentences.get(2).scored()).isFalse();
    }

    @Test
    void theEmbeddedText_givesTheSectionAsTopic_butNotTheWholeReviewPlaceholder() {
        assertThat(ACTING.embeddingText()).isEqualTo("Acting: The leads are superb. The villain is flat. It ends.");
        assertThat(new Passage("x", "x", "f", null, Section.WHOLE_REVIEW, 0, 0, "Fine.").embeddingText()).isEqualTo("Fine.");
    }

    @Test
    void polarities_parseWhatTheyEncode_andAMeanSkipsUnscoredSentences() {
        Polarities scores = Polarities.parse(" 0.8125 -0.25 NaN ");

        assertThat(scores.values()).containsExactly(0.8125, -0.25, Double.NaN);
        assertThat(scores.encoded()).isEqualTo("0.813 -0.250 NaN");
        assertThat(scores.mean().getAsDouble()).isCloseTo(0.28125, within(1e-9));
        assertThat(scores.of(1)).isEqualTo(-0.25);
        assertThat(scores.of(3)).isNaN();
        assertThat(scores.isEmpty()).isFalse();
        assertThat(Polarities.parse(null)).isSameAs(Polarities.NONE);
        assertThat(Polarities.parse("  ")).isSameAs(Polarities.NONE);
        assertThat(Polarities.NONE.isEmpty()).isTrue();
        assertThat(Polarities.NONE.mean()).isEmpty();
        assertThat(Polarities.parse("NaN NaN").isEmpty()).isTrue();
        assertThat(Polarities.parse("NaN 0.5").isEmpty()).isFalse();
    }

    @Test
    void theEmbedder_scoresEachPassagesOwnSentences_labelsThem_andSignsWithModelAndWeights() {
        List<List<String>> scored = new ArrayList<>();
        SentencePolarity lengths = new SentencePolarity() {
            @Override
            public List<Double> score(List<String> sentences) {
                scored.add(sentences);
                return sentences.stream().map(s -> s.length() / 100.0).toList();
            }

            @Override
            public String version() {
                return "len";
            }
        };
        PassageTagger byHeading = (passages, vectors) -> passages.stream()
                .map(p -> p.withAspects(List.of(p.section().toLowerCase() + "/" + vectors.size()))).toList();
        PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(), "hash", lengths, byHeading);
        Passage music = new Passage("o#2.0", "o", "Glass Orchard", null, "Music", 2, 0, "Lovely score.");

        List<EmbeddedPassage> embedded = embedder.embed(List.of(ACTING, music));

        assertThat(embedder.signature()).isEqualTo("hash|polarity:len");
        assertThat(embedder.modelId()).isEqualTo("hash");
        assertThat(scored).singleElement().asList().hasSize(4);
        assertThat(embedded).extracting(e -> e.passage().polarities().values()).containsExactly(
                List.of(0.21, 0.2, 0.08), List.of(0.13));
        assertThat(embedded).extracting(e -> e.passage().aspects()).containsExactly(List.of("acting/2"), List.of("music/2"));
        assertThat(embedded.get(0).embedding().vector())
                .isEqualTo(new HashingEmbeddingModel().embed(ACTING.embeddingText()).content().vector());
        assertThat(embedded.get(1).segment().metadata().getString(Passage.EMBEDDED_BY)).isEqualTo("hash|polarity:len");
    }

    @Test
    void theEmbedder_asksNoScoresForNoSentences() {
        PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(), "hash", new SentencePolarity() {
            @Override
            public List<Double> score(List<String> sentences) {
                throw new AssertionError("nothing to score");
            }

            @Override
            public String version() {
                return "v";
            }
        });

        assertThat(embedder.embed(List.of())).isEmpty();
    }
}
