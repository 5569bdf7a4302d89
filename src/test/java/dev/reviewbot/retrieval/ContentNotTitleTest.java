package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words a question shares with the stored reviews' own text are what the question is about, not a film the
 * library lacks; a stored title with a word changed, a title typed in Title Case that the reviews only use in
 * lower case, are other films. Over SmallReviews (Lantern Bay; Marrow Lane, whose smiling landlord "is more
 * cartoonish").
 */
class ContentNotTitleTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    private static String unknownFilm(String question) {
        return RIG.read(question).unknownFilm();
    }

    @Test
    void wordsOneReviewUsesNearEachOther_areWhatItSays_notAFilm() {
        assertThat(unknownFilm("is the landlord cartoonish")).isNull();
        assertThat(unknownFilm("which film is set in a cold town")).isNull();
        // Never near each other in any review: still a film the library lacks.
        assertThat(unknownFilm("how is the acting in the cold town")).isEqualTo("cold town");
    }

    @Test
    void aYesNoQuestionsLastWord_isWhatIsAsked_notPartOfATitle() {
        // "postman" is Marrow Lane's; "jittery" no review uses: it says what is asked of the postman.
        assertThat(unknownFilm("is the postman jittery")).isNull();
        assertThat(unknownFilm("does the postman survive")).isNull();
        assertThat(unknownFilm("is the villain cartoonish")).isNull();
        // The words before it still name a film the library lacks.
        assertThat(unknownFilm("is the godfather violent")).isEqualTo("godfather");
        assertThat(unknownFilm("how good is the salt of the sea")).isEqualTo("salt of the sea");
    }

    @Test
    void aThingAskedAboutWithIsThere_isNoTitle() {
        assertThat(unknownFilm("is there a dog near the lighthouse")).isNull();
        assertThat(unknownFilm("is there a dog in The Godfather")).isEqualTo("The Godfather");
    }

    @Test
    void aStoredTitleWithAWordChanged_thenAVerdictOrAspect_isAnotherFilm() {
        assertThat(unknownFilm("lantern cove any good")).isEqualTo("lantern cove");
        // "town" and "lane" are words the reviews use; the title's shape and the verdict words after it say film.
        assertThat(unknownFilm("lantern town any good")).isEqualTo("lantern town");
        assertThat(unknownFilm("marrow town worth it?")).isEqualTo("marrow town");
        assertThat(unknownFilm("marrow street worth it?")).isEqualTo("marrow street");
        assertThat(unknownFilm("the lantern harbour sound design")).isEqualTo("lantern harbour");
        assertThat(unknownFilm("lantern bay any good")).isNull();
    }

    @Test
    void aTitleCasedQuote_theReviewsOnlyWriteInLowerCase_isAnotherFilm() {
        assertThat(unknownFilm("what did you think of 'The Sorting Office'")).isEqualTo("The Sorting Office");
        assertThat(unknownFilm("is “The Drowned Lighthouse” good?")).isEqualTo("The Drowned Lighthouse");
        // Quoting the review's own words in its case is asking what they mean.
        assertThat(unknownFilm("what does \"lived-in chemistry\" mean")).isNull();
        assertThat(unknownFilm("is the sorting office scene good")).isNull();
    }
}
