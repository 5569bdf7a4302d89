package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.reviewbot.SmallReviews;
import dev.reviewbot.TestBots;
import dev.reviewbot.library.Chunker;
import dev.reviewbot.library.Passage;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 8, point 4: headings the vocabulary does not list, and reviews without headings, map to aspects. */
class AspectTaggerTest {

    private static AspectVocabulary vocabulary;
    private static AspectTagger tagger;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("config/aspects.yaml"))) {
            vocabulary = AspectVocabulary.load(in);
        }
        AspectSemantics semantics = new AspectSemantics(vocabulary, TestBots.model(), TestBots.config(Map.of()).retrieval());
        tagger = new AspectTagger(vocabulary, semantics);
    }

    private static List<Passage> tagged(Review review) {
        List<Passage> passages = new Chunker(3, 80).passages(review);
        List<Embedding> vectors = TestBots.model().embedAll(passages.stream().map(p -> TextSegment.from(p.embeddingText())).toList()).content();
        return tagger.tag(passages, vectors);
    }

    private static Set<String> labelsOf(List<Passage> passages, String section) {
        return passages.stream().filter(p -> p.section().equals(section)).flatMap(p -> p.aspects().stream()).collect(Collectors.toSet());
    }

    @Test
    void headingsOutsideTheVocabulary_mapByTheirMeaning_andVocabularyWordsStillSeed() {
        List<Passage> lanternBay = tagged(SmallReviews.parsed().get(0));

        assertThat(labelsOf(lanternBay, "1. The Voices")).contains("acting");
        assertThat(labelsOf(lanternBay, "Behind the Camera")).contains("visuals");
        assertThat(labelsOf(lanternBay, "Sound and Fury")).contains("music");
        assertThat(labelsOf(lanternBay, "The Bottom Line")).containsExactly("verdict");
        assertThat(labelsOf(lanternBay, Section.OPENING)).isEmpty();
    }

    @Test
    void aReviewWithoutHeadings_isMappedPassageByPassage_notAsCoveringEverything() {
        List<Passage> marrowLane = tagged(SmallReviews.parsed().get(1));

        Passage camera = marrowLane.stream().filter(p -> p.text().contains("Kasia Morn")).findFirst().orElseThrow();
        Passage cast = marrowLane.stream().filter(p -> p.text().contains("Petra Lund")).findFirst().orElseThrow();
        assertThat(camera.aspects()).contains("visuals").doesNotContain("acting");
        assertThat(cast.aspects()).contains("acting").doesNotContain("visuals");
        assertThat(marrowLane).allSatisfy(p -> assertThat(p.aspects().size()).isLessThan(vocabulary.aspects().size() / 2));
    }
}
