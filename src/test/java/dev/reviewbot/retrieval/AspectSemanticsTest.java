package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aspects recognised by meaning: a question or passage is about the closest aspect's description, only when
 * its cosine reaches the threshold in config (a question exactly at it counts; just below it asks nothing).
 */
class AspectSemanticsTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    private static AspectSemantics at(double passage, double question) {
        return new AspectSemantics(RIG.vocabulary, RIG.bot.aspectParts().model(), new RetrievalSettings(5, passage, question));
    }

    @Test
    void aQuestionIsAboutItsClosestAspect_exactlyAtTheThreshold_andAboutNothingJustBelowIt() {
        AspectSemantics semantics = RIG.bot.aspectParts().semantics();
        Embedding sound = semantics.embed("how does it sound");
        Map<String, Double> cosines = semantics.similarities(sound);
        String closest = cosines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double best = cosines.get(closest);

        assertThat(closest).isEqualTo("music");
        assertThat(cosines).containsKeys("acting", "verdict", "editing");
        assertThat(at(0.3, best).ofQuestion(sound)).extracting(Aspect::name).containsExactly("music");
        assertThat(at(0.3, Math.nextUp(best)).ofQuestion(sound)).isEmpty();
        // Only the closest one, though others clear a low threshold too.
        assertThat(cosines.values().stream().filter(c -> c >= 0.0).count()).isGreaterThan(1);
        assertThat(at(0.3, 0.0).ofQuestion(sound)).extracting(Aspect::name).containsExactly("music");
    }

    @Test
    void aPassageIsAboutItsClosestAspect_exactlyAtThePassageThreshold() {
        AspectSemantics semantics = RIG.bot.aspectParts().semantics();
        Embedding passage = semantics.embed("The camera glides through the fog; every frame is lit like a painting.");
        Map<String, Double> cosines = semantics.similarities(passage);
        double visuals = cosines.get("visuals");

        assertThat(cosines.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(visuals));
        assertThat(at(visuals, 0.45).ofText(passage.vector())).containsExactly("visuals");
        assertThat(at(Math.nextUp(visuals), 0.45).ofText(passage.vector())).isEmpty();
        assertThat(at(-1, 0.45).ofText(passage.vector())).containsExactly("visuals");
    }

    @Test
    void aVocabularyWithoutDescriptions_recognisesNothingByMeaning() {
        AspectVocabulary wordsOnly = new AspectVocabulary(List.of(new Aspect("music", "music", List.of("score"), List.of("music"), List.of())),
                java.util.Set.of());
        AspectSemantics semantics = new AspectSemantics(wordsOnly, RIG.bot.aspectParts().model(), new RetrievalSettings(5, -1, -1));
        Embedding sound = semantics.embed("how does it sound");

        assertThat(semantics.ofQuestion(sound)).isEmpty();
        assertThat(semantics.ofText(sound.vector())).isEmpty();
        assertThat(semantics.similarities(sound)).isEmpty();
    }
}
