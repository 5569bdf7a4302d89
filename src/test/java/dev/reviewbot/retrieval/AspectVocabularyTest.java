package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which aspect a question asks about, and which review headings answer it: the bundled vocabulary. */
class AspectVocabularyTest {

    private static final AspectVocabulary WORDS = bundled();

    private static AspectVocabulary bundled() {
        try (InputStream yaml = AspectVocabularyTest.class.getResourceAsStream("/reviewbot-defaults/aspects.yaml")) {
            return AspectVocabulary.load(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> asked(String question) {
        return WORDS.aspectsIn(question).stream().map(Aspect::name).toList();
    }

    @Test
    void aLongerPhraseWinsOverAWordInsideIt() {
        assertThat(asked("Who wrote the score for Ballerina?")).containsExactly("music");
        assertThat(asked("Who wrote Ballerina?")).containsExactly("writing");
    }

    @Test
    void wordsMatchWholeAndToleratePlurals_butNotInsideOtherWords() {
        assertThat(asked("How were the performances?")).containsExactly("acting");
        assertThat(asked("Is the CAST any good?!")).containsExactly("acting");
        assertThat(asked("Is it a broadcast?")).isEmpty();
    }

    /** "Sounds" after a thing's pronoun is its verb ("harder than it sounds"); after anything else it may be the plural. */
    @Test
    void aWordsSAfterAThingsPronoun_isAVerb_notAPlural() {
        Aspect music = WORDS.aspects().stream().filter(a -> a.name().equals("music")).findFirst().orElseThrow();

        assertThat(WORDS.mentions("She voices Fennel with wonder, which is harder than it sounds.", music)).isFalse();
        assertThat(WORDS.mentions("Which sounds dull, and is not.", music)).isFalse();
        assertThat(WORDS.mentions("The sounds of the sea are everywhere.", music)).isTrue();
        assertThat(WORDS.mentions("It sounds odd, but the sounds of the works are everywhere.", music)).isTrue();
        assertThat(WORDS.mentions("It has a great sound.", music)).isTrue();
    }

    @Test
    void anAdjectiveInItsSuperlative_mentionsItsAspect_butNotAsPartOfAnotherWord() {
        Aspect humour = WORDS.aspects().stream().filter(a -> a.name().equals("humour")).findFirst().orElseThrow();
        Aspect scares = WORDS.aspects().stream().filter(a -> a.name().equals("scares")).findFirst().orElseThrow();

        assertThat(WORDS.mentions("It is the funniest scene in the film.", humour)).isTrue();
        assertThat(WORDS.mentions("The creepiest moment comes late.", scares)).isTrue();
        assertThat(WORDS.mentions("The unfunniest scene drags.", humour)).isFalse();
        assertThat(WORDS.mentions("The scene drags.", humour)).isFalse();
    }

    @Test
    void aChildsAge_asksWhetherTheFilmSuitsFamilies() {
        assertThat(asked("is it ok for my 9 year old")).containsExactly("audience");
        assertThat(asked("fine for two 6 year olds?")).containsExactly("audience");
    }

    @Test
    void aQuestionAboutTwoAspectsGetsBoth_inVocabularyOrder() {
        assertThat(asked("how is the music and the acting")).containsExactly("acting", "music");
    }

    @Test
    void headingsMapOntoAspects() {
        Aspect music = WORDS.aspects().stream().filter(a -> a.name().equals("music")).findFirst().orElseThrow();

        assertThat(WORDS.covers("Sound and Score", music)).isTrue();
        assertThat(WORDS.covers("Acting", music)).isFalse();
        assertThat(WORDS.aspectsOfSection("The Performances")).extracting(Aspect::name).containsExactly("acting");
        assertThat(WORDS.mentions("She wrote the score in a week.", music)).isTrue();
        assertThat(WORDS.mentions("She wrote the script in a week.", music)).isFalse();
        assertThat(WORDS.wordsOf(music, "The score and the songs")).contains("score", "song");
    }

    @Test
    void aloneWordsCountOnlyWhenNoOtherAspectIsNamed() throws IOException {
        AspectVocabulary words = AspectVocabulary.load(yaml("""
                aspects:
                  verdict:
                    question-words: [verdict]
                    alone-words: [good]
                  music:
                    label: the music
                    question-words: [music]
                generic-words: [Film]
                """));

        assertThat(words.aspectsIn("is it good").stream().map(Aspect::name)).containsExactly("verdict");
        assertThat(words.aspectsIn("is the music good").stream().map(Aspect::name)).containsExactly("music");
        assertThat(words.aspects()).extracting(Aspect::label).containsExactly("verdict", "the music");
        assertThat(words.genericWords()).isEqualTo(Set.of("film"));
    }

    @Test
    void aVocabularyWithoutAspectsIsRefused() {
        assertThatThrownBy(() -> AspectVocabulary.load(yaml("generic-words: [film]\n")))
                .isInstanceOf(IOException.class).hasMessage("aspects.yaml defines no aspects");
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
