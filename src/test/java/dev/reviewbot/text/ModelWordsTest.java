package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model's own words decide what is a typo: real words are never "corrected" to a review's word. */
class ModelWordsTest {

    @Test
    void realWords_areKnown_evenWhenNoReviewUsesThem() {
        assertThat(ModelWords.known("hated")).isTrue();
        assertThat(ModelWords.known("better")).isTrue();
        assertThat(ModelWords.known("cinematography")).isTrue();
    }

    @Test
    void typos_wordPieces_andSingleLetters_areNot() {
        assertThat(ModelWords.known("animaton")).isFalse();
        assertThat(ModelWords.known("actng")).isFalse();
        assertThat(ModelWords.known("##ing")).isFalse();
        assertThat(ModelWords.known("a")).isFalse();
    }
}
