package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import org.junit.jupiter.api.Test;

/** Issue 8, point 1: a film the library does not hold is declined by name, never answered from another film. */
class UnknownFilmTest {

    private static Answer ask(String question) {
        // The shared library, built once per JVM: PIT runs each test on its own, a bot per class with it.
        return RetrievalRig.get().ask(question);
    }

    @Test
    void capitalisedQuotedAndLowerCaseTitles_areDeclinedNamingTheFilmAndListingTheStoredOnes() {
        Answer godfather = ask("How is the acting in The Godfather?");
        Answer oppenheimer = ask("who directed oppenheimer");
        Answer quoted = ask("Is \"Night of the Hunter\" worth seeing?");
        Answer lowerCase = ask("is copper lanterns any good?");

        assertThat(godfather.grounded()).isFalse();
        assertThat(godfather.text()).startsWith("I have no review of The Godfather.").contains("Lantern Bay", "Marrow Lane");
        assertThat(oppenheimer.grounded()).isFalse();
        assertThat(oppenheimer.text()).containsIgnoringCase("no review of oppenheimer");
        assertThat(quoted.grounded()).isFalse();
        assertThat(quoted.text()).contains("Night of the Hunter");
        assertThat(lowerCase.grounded()).isFalse();
        assertThat(lowerCase.text()).contains("copper lanterns");
    }

    @Test
    void storedTitlesWithTypos_peopleFromStoredReviews_andContentOfOneReview_stillAnswer() {
        Answer typo = ask("who shot lantern bey");
        Answer person = ask("How good is Mira Solano?");
        Answer content = ask("which film has a postman who finds a letter?");

        assertThat(typo.grounded()).isTrue();
        assertThat(typo.citations().get(0).review()).isEqualTo("Lantern Bay");
        assertThat(person.grounded()).isTrue();
        assertThat(person.citations().get(0).quote()).contains("Mira Solano");
        assertThat(content.grounded()).isTrue();
        assertThat(content.citations().get(0).review()).isEqualTo("Marrow Lane");
    }

    /**
     * Nothing but a title and "review": words the stored reviews use ("a smiling landlord") name a film not stored;
     * a stored title, its typo, a reviewer, a film described by its kind or an aspect alone name none.
     */
    @Test
    void wordsBeforeReview_areAFilmNotStored_unlessStoredTitleReviewerKindOrAspect() {
        Answer landlord = ask("smiling landlord review");
        assertThat(landlord.grounded()).isFalse();
        assertThat(landlord.text()).startsWith("I have no review of smiling landlord.");
        assertThat(ask("the smiling landlord movie reviews").text()).startsWith("I have no review of smiling landlord.");
        for (String question : java.util.List.of("marrow lane review", "marow lane review", "odette brill review",
                "the postman thriller review", "the acting review")) {
            assertThat(ask(question).text()).as(question).doesNotStartWith("I have no review of");
        }
    }

    @Test
    void aNumberAlone_isAQuantityNotATitle() {
        Answer minutes = ask("what about the 20 minutes subplot");
        Answer time = ask("the thriller where the postman finds a letter at 3am, who shot it");

        assertThat(minutes.grounded()).isTrue();
        assertThat(minutes.citations().get(0).review()).isEqualTo("Marrow Lane");
        assertThat(minutes.citations().get(0).quote()).contains("twenty minutes of a subplot");
        assertThat(time.text()).doesNotStartWith("I have no review");
    }

    @Test
    void aQuoteOfAStoredReview_isContent_whileAQuotedTitleNoReviewHolds_isAFilmNotStored() {
        Answer quote = ask("what does \"lived-in chemistry\" mean");
        Answer inFilm = ask("is \"a stolen bicycle\" what the middle of it is about?");
        Answer notStored = ask("Is \"Night of the Hunter\" worth seeing?");

        assertThat(quote.text()).doesNotStartWith("I have no review");
        assertThat(inFilm.grounded()).isTrue();
        assertThat(inFilm.citations().get(0).quote()).contains("stolen bicycle");
        assertThat(notStored.text()).startsWith("I have no review of Night of the Hunter.");
    }

    /** A stored title with one word changed ("the marrow road" beside Marrow Lane) is another film, not a typo. */
    @Test
    void aStoredTitleWithOneWordChanged_isAFilmNotStored_whileTheStoredTitleAnswers() {
        Answer changed = ask("who shot the marrow road");
        Answer stored = ask("who shot the marrow lane");
        Answer typo = ask("who shot the marow lane");

        assertThat(changed.grounded()).isFalse();
        assertThat(changed.text()).startsWith("I have no review of marrow road.");
        assertThat(stored.grounded()).isTrue();
        assertThat(stored.citations().get(0).review()).isEqualTo("Marrow Lane");
        assertThat(typo.citations()).isNotEmpty();
        assertThat(typo.citations().get(0).review()).isEqualTo("Marrow Lane");
    }

    /** Known words never near each other, opening the question with nothing asked after them but "ok for kids": a title. */
    @Test
    void knownWordsOpeningTheQuestion_withNoContentAfter_nameAFilm_unlessAReviewUsesThemTogether() {
        Answer unknown = ask("postman lighthouse ok for kids?");
        Answer phrase = ask("drowned lighthouse any good?");

        assertThat(unknown.text()).startsWith("I have no review of postman lighthouse.");
        assertThat(phrase.text()).doesNotStartWith("I have no review");
    }

    /**
     * The film named first, then the question: "in lantern sea who plays the widow" names lantern sea, although
     * its review writes "Lantern Bay is a sea story" (the two words near each other).
     */
    @Test
    void aChangedTitleOpeningTheQuestion_isAFilmNotStored() {
        Answer changed = ask("in lantern sea who plays the widow");
        Answer stored = ask("in lantern bay who plays the widow");

        assertThat(changed.text()).startsWith("I have no review of lantern sea.");
        assertThat(stored.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Lantern Bay"));
    }

    /** Quotes make a title of known words ("lantern lane" shares a word with each stored title): another film. */
    @Test
    void aQuotedTitleOfWordsTheReviewsUse_isAFilmNotStored_inStraightOrCurlyQuotes() {
        Answer straight = ask("who plays the lead in \"lantern lane\"");
        Answer curly = ask("who plays the lead in \u201clantern lane\u201d");

        assertThat(straight.grounded()).isFalse();
        assertThat(straight.text()).startsWith("I have no review of lantern lane.");
        assertThat(curly.grounded()).isFalse();
        assertThat(curly.text()).startsWith("I have no review of lantern lane.");
    }

    /** "Who plays the bellhop": the part played, in words no review uses, is no title; the film described still answers. */
    @Test
    void aPartPlayedInWordsNoReviewUses_isNoTitle() {
        Answer described = ask("the thriller about the postman, who plays the bellhop");
        Answer alone = ask("who plays the bellhop");

        assertThat(described.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Marrow Lane"));
        assertThat(alone.text()).doesNotContain("no review of bellhop");
    }

    /** "who plays the widow in lantern sea": a stored title with one word changed closing the question after "in". */
    @Test
    void aChangedTitleClosingTheQuestion_isAFilmNotStored() {
        Answer changed = ask("who plays the widow in lantern sea");
        Answer stored = ask("who plays the widow in lantern bay");

        assertThat(changed.text()).startsWith("I have no review of lantern sea.");
        assertThat(stored.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Lantern Bay"));
    }

    /**
     * "the postman thriller, who shot it": the words before the word for the film describe a stored one; words no
     * review uses together there ("the iron giant movie") name a film not stored.
     */
    @Test
    void aFilmDescribedBeforeTheWordForIt_isTheOneItsReviewsFit() {
        Answer described = ask("the postman thriller, who shot it");
        Answer unknown = ask("the velvet goldmine movie, who shot it");

        assertThat(described.citations()).first().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Marrow Lane");
            assertThat(c.quote()).contains("Kasia Morn");
        });
        assertThat(unknown.grounded()).isFalse();
    }

    /**
     * Words read as a title not stored, never near each other in a review ("the postman bicycle movie"), still describe a stored film when one film's
     * reviews use them all; two films sharing them between them do not make one.
     */
    @Test
    void wordsInATitlesPlace_thatOneFilmsReviewsUseAll_describeIt() {
        Answer described = ask("the postman bicycle movie, who shot it");
        Answer split = ask("the lighthouse postman movie, who shot it");

        assertThat(described.citations()).first().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Marrow Lane");
            assertThat(c.quote()).contains("Kasia Morn");
        });
        assertThat(split.text()).startsWith("I have no review of lighthouse postman");
    }

    /** "the iron giant who voices the robot": known words never together opening the question, then what it asks. */
    @Test
    void knownWordsOpeningTheQuestion_rightBeforeWhatItAsks_nameAFilm() {
        Answer unknown = ask("the postman lighthouse who plays the widow");
        Answer role = ask("the postman who plays him");

        assertThat(unknown.text()).startsWith("I have no review of postman lighthouse.");
        assertThat(role.text()).doesNotStartWith("I have no review");
    }
}
