package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words the stored reviews use, from the index: how a typo is told from a word no review uses. */
class LibraryWordsTest {

    private static final LibraryWords WORDS = RetrievalRig.get().words;

    @Test
    void wordsOfTheReviewsAreKnown_stopWordsToo_othersNot() {
        assertThat(WORDS.known("lighthouse")).isTrue();
        assertThat(WORDS.known("Lighthouses")).isTrue();
        assertThat(WORDS.known("the")).isTrue();
        assertThat(WORDS.known("dog")).isFalse();
        assertThat(WORDS.known("lighthouse dog")).isFalse();
    }

    @Test
    void aTypoIsOneEditFromAKnownStem_twoForLongOnes_noneForShortOnes() {
        assertThat(WORDS.misspelt("lighthose")).isTrue();
        assertThat(WORDS.misspelt("lighthouse")).isFalse();   // known, not misspelt
        assertThat(WORDS.misspelt("lghthose")).isFalse();     // two edits in a nine-letter stem
        assertThat(WORDS.misspelt("bey")).isFalse();          // "bay" is one edit away, but the stem is short
        assertThat(WORDS.misspelt("dog")).isFalse();
        assertThat(WORDS.misspelt("grandeurr")).isTrue();
        assertThat(WORDS.misspelt("cinematografy")).isFalse();
    }

    @Test
    void phrasesAreKnownOnlyWhenTheirWordsStandTogether() {
        assertThat(WORDS.phraseKnown("Mira Solano")).isTrue();
        assertThat(WORDS.phraseKnown("keeper's widow")).isTrue();
        assertThat(WORDS.phraseKnown("mira lighthouse")).isFalse();  // both in Lantern Bay, never together
        assertThat(WORDS.phraseKnown("lighthouse")).isTrue();
        assertThat(WORDS.phraseKnown("dog")).isFalse();
        assertThat(WORDS.phraseKnown("the")).isTrue();
    }

    @Test
    void withoutAnIndex_everyWordPassesAsKnown() {
        assertThat(LibraryWords.NONE.known("zzz")).isTrue();
        assertThat(LibraryWords.NONE.misspelt("zzz")).isFalse();
        assertThat(LibraryWords.NONE.phraseKnown("zzz yyy")).isTrue();
    }
}
