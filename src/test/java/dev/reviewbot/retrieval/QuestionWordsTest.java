package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.app.ReviewBot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 8, point 5: aspects asked in users' words, misspelt, or padded with filler words. */
class QuestionWordsTest {

    /** The shared library (built once per JVM): PIT runs each test on its own, and @BeforeAll with it. */
    private static final RetrievalRig RIG = RetrievalRig.get();
    private static final ReviewBot bot = RIG.bot;
    private static final AspectVocabulary vocabulary = RIG.vocabulary;

    private static Citation first(String question) {
        Answer answer = RIG.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer.citations().get(0);
    }

    @Test
    void misspeltAndCompoundAspectWords_resolveToTheirAspect() {
        assertThat(vocabulary.aspectsMisspeltIn(List.of("actng"))).extracting(Aspect::name).containsExactly("acting");
        assertThat(vocabulary.aspectsMisspeltIn(List.of("cinematograpy"))).extracting(Aspect::name).containsExactly("visuals");
        assertThat(vocabulary.aspectsMisspeltIn(List.of("camerawork"))).extracting(Aspect::name).containsExactly("visuals");
        // A short word missing a letter ("musc"), unless it is a word of its own ("scar" is no "scary").
        assertThat(vocabulary.aspectsMisspeltIn(List.of("musc"))).extracting(Aspect::name).containsExactly("music");
        assertThat(vocabulary.aspectsMisspeltIn(List.of("scar"))).isEmpty();
        assertThat(vocabulary.aspectsMisspeltIn(List.of("muc"))).isEmpty();
        assertThat(first("how's the actng in lantern bay").section()).isEqualTo("1. The Voices");
        assertThat(first("was the camerawork any good in lantern bay").section()).isEqualTo("Behind the Camera");
    }

    @Test
    void fillerWords_carryNoWeight() {
        assertThat(first("lantern bay music pls lol").section()).isEqualTo("Sound and Fury");
        assertThat(first("does marrow lane drag tho").quote()).contains("drags badly");
    }

    @Test
    void aspectsAskedWithoutTheirWords_areRecognisedByMeaning() {
        AspectSemantics semantics = bot.aspectParts().semantics();

        assertThat(semantics.ofQuestion(semantics.embed("were the fight scenes and stunts exciting?"))).extracting(Aspect::name).containsExactly("effects");
        assertThat(semantics.ofQuestion(semantics.embed("what time is it in Tokyo"))).isEmpty();
    }
}
