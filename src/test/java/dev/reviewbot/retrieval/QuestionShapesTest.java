package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user types that the reading must still get right, over SmallReviews (Lantern Bay by Odette Brill,
 * Marrow Lane by Nadia Ferris): a film not stored named only by words the reviews use, a title typed without
 * its space or with a typo, a typo in a word the reviews use, names beside other words, and the vague words
 * beside a named aspect. Each case is one a wrong reading would answer from the wrong film or decline.
 */
class QuestionShapesTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    private static Question read(String question) {
        return RIG.read(question);
    }

    private static List<String> aspects(Question question) {
        return question.aspects().stream().map(Aspect::name).toList();
    }

    @Test
    void wordsTheReviewsUseButNeverTogether_nameAFilmNotStored_aPairTheyUseDoesNot() {
        // "cold" (Marrow Lane's light) and "town" (Lantern Bay's) are both known; never side by side.
        assertThat(read("how is the acting in the cold town").unknownFilm()).isEqualTo("cold town");
        assertThat(read("rate the cold town").unknownFilm()).isEqualTo("cold town");
        assertThat(read("the cold town review").unknownFilm()).isEqualTo("cold town");
        // "fishing town" is Lantern Bay's own phrase: the question is about something in it, not another film.
        assertThat(read("how is the acting in the grey fishing town").unknownFilm()).isNull();
        // One known word in a title's place is a thing in the reviews.
        assertThat(read("rate the cello").unknownFilm()).isNull();
    }

    @Test
    void smallWordsInsideATitle_keepItWhole() {
        assertThat(read("how good is the salt of the sea").unknownFilm()).isEqualTo("salt of the sea");
        assertThat(read("how is the acting in the salt of sea").unknownFilm()).isEqualTo("salt of sea");
        assertThat(read("Is Pride and Prejudice good").unknownFilm()).isEqualTo("Pride and Prejudice");
    }

    @Test
    void capitalisedWords_nameAFilmNotStored_apartFromAPersonTheReviewsName_andTheOpeningWord() {
        Question night = read("does Mira Solano appear in Night Train");

        assertThat(night.unknownFilm()).isEqualTo("Night Train");
        assertThat(night.people()).containsExactly("Mira Solano");
        assertThat(read("Does Cold Town have a happy ending?").unknownFilm()).isEqualTo("Cold Town");
        // A capital opening the question is grammar, not a title.
        assertThat(read("Describe the cello").unknownFilm()).isNull();
        assertThat(read("The").unknownFilm()).isNull();
    }

    @Test
    void aFilmNotStored_isNotEmbedded_aStoredTitleIsEmbeddedAsIt() {
        assertThat(read("how is the acting in The Godfather").meaning()).isNull();
        assertThat(read("who directed lantern bay").meaning().vector())
                .isEqualTo(RIG.bot.aspectParts().semantics().embed("who directed it").vector());
    }

    @Test
    void aTitleTypedWithoutItsSpace_scopes_andLeavesNoTermOfItsOwn() {
        Question first = read("lanternbay acting");
        Question last = read("how is the acting in lanternbay");

        assertThat(first.films()).containsExactly("Lantern Bay");
        assertThat(first.searchText()).isEqualTo("acting");
        assertThat(first.terms()).isEmpty();
        assertThat(last.films()).containsExactly("Lantern Bay");
        assertThat(last.searchText()).isEqualTo("how is the acting in");
        assertThat(last.terms()).isEmpty();
        // Nothing but the title: the search keeps the text rather than search for nothing.
        assertThat(read("lanternbay").searchText()).isEqualTo("lanternbay");
    }

    @Test
    void aTitleWordTypedWithATypo_isNoTerm_exceptAThreeLetterOne() {
        assertThat(read("who shot lantrn bay").terms()).containsExactly("shot");
        assertThat(read("who shot laantern bay").terms()).containsExactly("shot");
        assertThat(read("who shot lantrn bay").searchText()).isEqualTo("who shot bay");
        // "bay" is too short to allow a typo: "bayy" stays a word of the question (though one beside a named
        // aspect that neither the reviews nor the model know, so no term).
        assertThat(read("who shot lantern bayy").searchText()).contains("bayy");
    }

    @Test
    void aTypoOfAWordTheReviewsUse_isSearchedCorrected_butANameTypedAsOneIsNot() {
        Question postman = read("is the postmn good");
        Question villain = read("is the villian cartoonish");

        assertThat(postman.searchText()).isEqualTo("is the postman good");
        assertThat(postman.text()).isEqualTo("is the postmn good");
        assertThat(postman.terms()).doesNotContain("postmn");
        assertThat(postman.unknownFilm()).isNull();
        assertThat(villain.searchText()).isEqualTo("is the villain cartoonish");
        assertThat(aspects(villain)).containsExactly("acting");
        // Corrected, it weighs as if typed right.
        assertThat(villain.terms()).isEqualTo(read("is the villain cartoonish").terms()).contains("cartoonish");
        // Typed in lower case, "solana" is Solano misspelt; capitalised, it is someone the reviews never name.
        Question lower = read("is solana good in lantern bay");
        Question named = read("is Solana good in lantern bay");
        assertThat(lower.searchText()).isEqualTo("is solano good in");
        assertThat(lower.people()).containsExactly("Mira Solano");
        assertThat(named.searchText()).isEqualTo("is Solana good in");
        assertThat(named.people()).isEmpty();
    }

    @Test
    void aReviewersName_isNoWordTheReviewsLack() {
        Question brill = read("what did brill think of lantern bay");

        assertThat(brill.reviewer()).isEqualTo("Odette Brill");
        assertThat(brill.missing()).isEmpty();
        assertThat(brill.summary()).isTrue();
    }

    @Test
    void besideANamedAspect_anUnknownWordIsNoTopic_butANameStaysMissingBesideKnownWords() {
        Question dog = read("how is the acting of the dog in lantern bay");
        Question hanks = read("is Tom Hanks good near the lighthouse in lantern bay");

        assertThat(aspects(dog)).containsExactly("acting");
        assertThat(dog.missing()).isEmpty();
        assertThat(hanks.missing()).containsExactly("Tom", "Hanks");
    }

    @Test
    void aVagueVerdictWordBesideANamedAspect_isNoTerm_andTheVerdictAlone_isASummary() {
        Question score = read("is the lantern bay score any good");

        assertThat(aspects(score)).containsExactly("music");
        assertThat(score.terms()).containsExactly("score");
        assertThat(score.summary()).isFalse();
        assertThat(read("recommend or skip").summary()).isTrue();
        Question cello = read("Rate the cello");
        assertThat(aspects(cello)).containsExactly("verdict");
        assertThat(cello.summary()).isFalse();
    }

    @Test
    void aCapitalisedWordTheReviewsUse_isAPerson_unlessShoutedOrAnAspectWord() {
        assertThat(read("is Jory funny in lantern bay").people()).containsExactly("Jory");
        assertThat(read("what did Odette think of Jory").people()).containsExactly("Jory");
        assertThat(read("is JORY funny").people()).isEmpty();
        Question acting = read("is Acting good in lantern bay");
        assertThat(acting.people()).isEmpty();
        assertThat(aspects(acting)).containsExactly("acting");
    }

    @Test
    void aReviewerDescribed_isNoTopic_butWhatIsAskedOfSomeoneIs() {
        Question student = read("what did the student think of lantern bay");

        assertThat(student.terms()).isEmpty();
        assertThat(student.summary()).isTrue();
        // Something asked of the one described, beside the film, stays what is asked.
        assertThat(read("does the cellist make it to the end of lantern bay").terms()).contains("cellist");
        // A description naming an aspect asks about it.
        assertThat(aspects(read("did the kids like lantern bay"))).contains("audience");
    }
}
