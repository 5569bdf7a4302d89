package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a question is read before anything is retrieved: which film it names (or names but the library does not
 * hold), what it asks about, whose review it means, which people, and which words no review uses. Over
 * SmallReviews' two films, Lantern Bay (Odette Brill) and Marrow Lane (Nadia Ferris).
 */
class QuestionReadingTest {

    private static Question read(String question) {
        return RetrievalRig.get().read(question);
    }

    private static List<String> aspects(Question question) {
        return question.aspects().stream().map(Aspect::name).toList();
    }

    @Test
    void aNamedFilmScopesTheQuestion_andLeavesTheSearchText() {
        Question acting = read("How is the acting in Lantern Bay?");
        Question both = read("how is the music in marrow lane and lantern bay");
        Question starred = read("how is the pacing of *Marrow Lane*");

        assertThat(acting.films()).containsExactly("Lantern Bay");
        assertThat(acting.scoped()).isTrue();
        assertThat(acting.unknownFilm()).isNull();
        assertThat(acting.searchText()).isEqualTo("How is the acting in?");
        assertThat(aspects(acting)).containsExactly("acting");
        assertThat(acting.aspectTerms()).containsExactly("act");
        assertThat(acting.summary()).isFalse();
        assertThat(both.films()).containsExactly("Marrow Lane", "Lantern Bay");
        assertThat(both.searchText()).doesNotContainIgnoringCase("lane").doesNotContainIgnoringCase("bay");
        assertThat(starred.films()).containsExactly("Marrow Lane");
        assertThat(starred.unknownFilm()).isNull();
    }

    @Test
    void whoMadeAFilm_asksWhoDirectedIt() {
        Question made = read("who made lantern bay");

        assertThat(aspects(made)).containsExactly("direction");
        assertThat(made.expected()).isEqualTo(ExpectedAnswer.PERSON);
    }

    @Test
    void aTitleTypedWithATypo_stillScopes_andItsWordsAreNoTerms() {
        Question typo = read("who shot lanturn bay");

        assertThat(typo.films()).containsExactly("Lantern Bay");
        assertThat(typo.terms()).containsExactly("shot");
        assertThat(typo.expected()).isEqualTo(ExpectedAnswer.PERSON);
    }

    @Test
    void noFilmNamed_takesTheDefaultFilms() {
        RetrievalRig rig = RetrievalRig.get();
        Question followUp = rig.analyzer.analyze("who wrote the score", rig.catalog().titles(), List.of("Lantern Bay"));

        assertThat(followUp.films()).containsExactly("Lantern Bay");
        assertThat(aspects(followUp)).containsExactly("music");
    }

    @Test
    void filmsTheLibraryDoesNotHold_areNamedAsTyped_andScopeNothing() {
        assertThat(read("How is the acting in The Godfather?").unknownFilm()).isEqualTo("The Godfather");
        assertThat(read("The Godfather: is it good?").unknownFilm()).isEqualTo("The Godfather");
        assertThat(read("Is \"Night of the Hunter\" worth seeing?").unknownFilm()).isEqualTo("Night of the Hunter");
        assertThat(read("is _Jaws_ good").unknownFilm()).isEqualTo("Jaws");
        assertThat(read("is copper lanterns any good?").unknownFilm()).isEqualTo("copper lanterns");
        assertThat(read("how is the cast of the dark knight").unknownFilm()).isEqualTo("dark knight");
        // Two words the reviews know, never together, in a title's place.
        assertThat(read("the salt river acting").unknownFilm()).isEqualTo("salt river");
        assertThat(read("rate the amber road").unknownFilm()).isEqualTo("amber road");
        Question sequel = read("Is Lantern Bay 2 any good?");
        assertThat(sequel.unknownFilm()).isEqualTo("Lantern Bay 2");
        assertThat(sequel.films()).isEmpty();
        assertThat(read("How is the acting in The Godfather?").films()).isEmpty();
    }

    @Test
    void descriptionsPeopleAndPhrasesTheReviewsUse_nameNoFilm() {
        assertThat(read("which movie has a robot sidekick?").unknownFilm()).isNull();
        assertThat(read("which film has a postman").unknownFilm()).isNull();
        assertThat(read("do the two leads have chemistry").unknownFilm()).isNull();
        assertThat(read("How good is Mira Solano?").unknownFilm()).isNull();
        assertThat(read("What did Odette Brill think?").unknownFilm()).isNull();
        assertThat(read("tell me about the stolen bicycle").unknownFilm()).isNull();
        assertThat(read("is the sorting office scene good").unknownFilm()).isNull();
    }

    @Test
    void aReviewerNamedInFull_orByASurnameOfFourLettersOrMore_asksForTheirReview() {
        Question full = read("What did Odette Brill think?");
        Question surname = read("what did brill think of it");
        Question firstName = read("what did Nadia think");

        assertThat(full.reviewer()).isEqualTo("Odette Brill");
        assertThat(full.summary()).isTrue();
        assertThat(full.people()).isEmpty();
        assertThat(surname.reviewer()).isEqualTo("Odette Brill");
        assertThat(read("ferris review").reviewer()).isEqualTo("Nadia Ferris");
        assertThat(firstName.reviewer()).isNull();
        assertThat(firstName.summary()).isFalse();
    }

    @Test
    void peopleTheReviewsName_inAnyCase_orByTheirSurnameAlone() {
        Question lowerCase = read("is mira solano any good");
        Question surname = read("Is Solano good?");

        assertThat(lowerCase.people()).containsExactly("Mira Solano");
        // About the person, not the film's verdict.
        assertThat(lowerCase.aspects()).isEmpty();
        assertThat(lowerCase.summary()).isFalse();
        assertThat(surname.people()).containsExactly("Mira Solano");
        assertThat(read("Graves").people()).containsExactly("Otto Graves");
        assertThat(read("What about Otto Graves in Marrow Lane?").people()).containsExactly("Otto Graves");
        assertThat(read("what about Petra").people()).isEmpty();
    }

    @Test
    void wordsNoReviewUses_areMissing_andKeepTheirCapitalAsNames() {
        assertThat(read("does lantern bay have a dog").missing()).contains("dog");
        assertThat(read("does lantern bay have a Dog").missing()).contains("Dog");
        assertThat(read("which movie has a robot sidekick?").missing()).contains("robot", "sidekick");
        // Beside a named aspect, an unknown lower-case word is no topic of its own; a name still is.
        assertThat(read("is the acting wooden in lantern bay").missing()).isEmpty();
        assertThat(read("is Zendaya acting in lantern bay").missing()).containsExactly("Zendaya");
        // A typo of a word the reviews use is no missing word.
        assertThat(read("tell me about the lighthose").missing()).isEmpty();
        assertThat(read("tell me about the stolen bicycle").missing()).isEmpty();
    }

    @Test
    void askingOnlyForTheVerdict_isASummary_anAspectBesideItIsNot() {
        Question worth = read("is lantern bay worth watching?");
        Question good = read("is it good");
        Question leads = read("do the two leads have chemistry");

        assertThat(aspects(worth)).containsExactly("verdict");
        assertThat(worth.summary()).isTrue();
        assertThat(aspects(good)).containsExactly("verdict");
        assertThat(good.summary()).isTrue();
        assertThat(read("lantern bay verdict").summary()).isTrue();
        assertThat(read("summarize marrow lane").summary()).isTrue();
        assertThat(aspects(leads)).containsExactly("acting");
        assertThat(leads.summary()).isFalse();
        assertThat(read("is the lighthouse scene scary").summary()).isFalse();
    }

    @Test
    void aspectsByTheirWords_theirMisspellings_andTheirCompounds() {
        Question misspelt = read("how is the actng");
        Question compound = read("was the camerawork good");
        Question vague = read("is the scrip good in lantern bay");

        assertThat(aspects(misspelt)).containsExactly("acting");
        assertThat(misspelt.terms()).isEmpty();
        assertThat(aspects(compound)).containsExactly("visuals");
        // "good" beside an aspect asks nothing of its own; the typo found the aspect and is done.
        assertThat(aspects(vague)).containsExactly("writing");
        assertThat(vague.terms()).isEmpty();
        assertThat(aspects(read("how is the pacing of *Marrow Lane*"))).containsExactly("pacing");
        assertThat(aspects(read("is the lighthouse scene scary"))).containsExactly("scares");
    }

    @Test
    void aWordTypedWithATypo_weighsAsCorrected_whileAWordNoModelKnowsBesideAnAspectWeighsNothing() {
        Question typo = read("tell me about the stolen bicyle in marrow lane");
        Question slang = read("lantern bay acting any gud");
        Question real = read("is the acting in lantern bay wooden");

        assertThat(typo.searchText()).contains("bicycle");
        assertThat(typo.terms()).contains("bicycl").doesNotContain("bicyl");
        assertThat(aspects(slang)).containsExactly("acting");
        assertThat(slang.terms()).isEmpty();
        // A word the model knows still says something, though no review uses it.
        assertThat(real.terms()).contains("wooden");
    }

    @Test
    void whatParentsAsk_swearingOrBadLanguage_isAboutSuitabilityForFamilies() {
        assertThat(aspects(read("is there swearing in lantern bay"))).containsExactly("audience");
        assertThat(aspects(read("any bad language in marrow lane?"))).containsExactly("audience");
    }

    @Test
    void termsAreTheTellingStems_andTheAspectsVocabularyExpandsTheSearch() {
        Question bicycle = read("tell me about the stolen bicycle");
        Question score = read("who wrote the score");

        assertThat(bicycle.terms()).containsExactly("stolen", "bicycl");
        assertThat(bicycle.aspects()).isEmpty();
        assertThat(bicycle.expansion()).isEmpty();
        assertThat(aspects(score)).containsExactly("music");
        assertThat(score.terms()).containsExactly("score");
        // Expansion holds the aspect's other words, never the question's own terms.
        assertThat(score.expansion()).contains("compos", "soundtrack").doesNotContain("score");
        assertThat(read("who directed it").expected()).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(read("how long is lantern bay").expected()).isEqualTo(ExpectedAnswer.DURATION);
        // Numbers up to three digits are no terms ("top 10"), a title's words neither.
        assertThat(read("is lantern bay in the top 10").terms()).doesNotContain("10", "lantern", "bai");
    }

    @Test
    void withFilms_keepsWhatIsAsked() {
        Question question = read("who wrote the score");
        Question moved = question.withFilms(List.of("Marrow Lane"));

        assertThat(moved.films()).containsExactly("Marrow Lane");
        assertThat(moved.aspects()).isEqualTo(question.aspects());
        assertThat(moved.terms()).isEqualTo(question.terms());
        assertThat(moved.expected()).isEqualTo(question.expected());
        assertThat(moved.text()).isEqualTo(question.text());
    }

    @Test
    void aRolesPersonWordAndNothingElse_asksWho_butNotBesideAnotherWord() {
        assertThat(read("lantern bay dp").expected()).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(read("marrow lane composer").expected()).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(read("lantern bay camera").expected()).isEqualTo(ExpectedAnswer.ANY);
        assertThat(read("is the composer of marrow lane better than the score").expected()).isEqualTo(ExpectedAnswer.ANY);
    }

    @Test
    void oneWordOfATitleTheReviewsWriteOnlyAsAName_namesTheFilm_unlessAnotherFilmIsNamed() {
        Question shortened = read("lantern director");
        Question another = read("who directed lantern nights");

        assertThat(shortened.films()).containsExactly("Lantern Bay");
        assertThat(shortened.terms()).doesNotContain("lantern");
        assertThat(another.films()).isEmpty();
        assertThat(another.unknownFilm()).isEqualTo("lantern nights");
    }
}
