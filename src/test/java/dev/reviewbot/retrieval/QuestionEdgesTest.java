package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of reading a question, over SmallReviews (Lantern Bay by Odette Brill, Marrow Lane by Nadia
 * Ferris): a question that is only a title, a reviewer's surname at exactly four letters, sequels, the
 * verdict beside a person, typos at exactly the length that allows them.
 */
class QuestionEdgesTest {

    private static final RetrievalRig RIG = RetrievalRig.get();

    private static Question read(String question) {
        return RIG.read(question);
    }

    private static List<String> aspects(Question question) {
        return question.aspects().stream().map(Aspect::name).toList();
    }

    @Test
    void aQuestionThatIsOnlyATitle_scopesIt_typedWithATypoToo() {
        Question title = read("Lantern Bay");
        Question typed = read("lanturn bay?");

        assertThat(title.films()).containsExactly("Lantern Bay");
        assertThat(title.unknownFilm()).isNull();
        assertThat(typed.films()).containsExactly("Lantern Bay");
        assertThat(typed.unknownFilm()).isNull();
    }

    @Test
    void aReviewersSurname_countsFromFourLetters_andWithAPossessive() {
        List<String> reviewers = List.of("Ada Lund", "Bo Yeo");

        assertThat(RIG.analyzer.analyze("what did lund think", RIG.catalog().titles(), List.of(), reviewers).reviewer())
                .isEqualTo("Ada Lund");
        assertThat(RIG.analyzer.analyze("what did yeo think", RIG.catalog().titles(), List.of(), reviewers).reviewer()).isNull();
        assertThat(RIG.analyzer.analyze("what did bo yeo think", RIG.catalog().titles(), List.of(), reviewers).reviewer())
                .isEqualTo("Bo Yeo");
        assertThat(read("Ferris's verdict on marrow lane").reviewer()).isEqualTo("Nadia Ferris");
        assertThat(read("Odette Brill\u2019s review").reviewer()).isEqualTo("Odette Brill");
    }

    @Test
    void aReviewerAskedAboutAnAspect_isNoSummary() {
        Question acting = read("what did Odette Brill think of the acting");

        assertThat(acting.reviewer()).isEqualTo("Odette Brill");
        assertThat(aspects(acting)).containsExactly("acting");
        assertThat(acting.summary()).isFalse();
        // The reviewer's name is no term to search for, and no person in the film.
        assertThat(acting.terms()).doesNotContain("odett", "brill");
        assertThat(acting.people()).isEmpty();
    }

    @Test
    void theVerdictAskedOfAPerson_isNoSummary() {
        Question person = read("is mira solano worth watching");

        assertThat(person.people()).containsExactly("Mira Solano");
        assertThat(person.summary()).isFalse();
    }

    @Test
    void theVerdictsWordsAskingWho_areNoSummary() {
        assertThat(read("who's good in it").summary()).isFalse();
        assertThat(read("is it good").summary()).isTrue();
    }

    @Test
    void aSequelOfAStoredFilm_isAnotherFilm_namedAsTyped() {
        assertThat(read("is Lantern Bay II any good").unknownFilm()).isEqualTo("Lantern Bay II");
        assertThat(read("Lantern Bay: Part Two, is it good?").unknownFilm()).isEqualTo("Lantern Bay Part Two");
        assertThat(read("how is marrow lane returns").unknownFilm()).isEqualTo("Marrow Lane returns");
        assertThat(read("how is marrow lane").unknownFilm()).isNull();
    }

    @Test
    void anUnknownWordBesideOneTheReviewsUse_isNoMissingTopic() {
        assertThat(read("is there a dog near the lighthouse in lantern bay").missing()).isEmpty();
        assertThat(read("is there a dog in lantern bay").missing()).containsExactly("dog");
    }

    @Test
    void aspectWordsTypedWithTypos_atExactlyTheLengthThatAllowsThem() {
        AspectVocabulary words = RIG.vocabulary;

        // Five letters allow one typo ("scrip" for "script" is one); four allow none.
        assertThat(words.aspectsMisspeltIn(List.of("scrpt"))).extracting(Aspect::name).containsExactly("writing");
        assertThat(words.aspectsMisspeltIn(List.of("plto"))).isEmpty();
        // Nine letters allow two ("perfomance" drops one, "prefomance" swaps two).
        assertThat(words.aspectsMisspeltIn(List.of("prefomance"))).extracting(Aspect::name).containsExactly("acting");
        // A compound opens with the word and adds three letters or more: "castxx" is no compound of "cast".
        assertThat(words.aspectsMisspeltIn(List.of("scriptxx"))).isEmpty();
        assertThat(words.aspectsMisspeltIn(List.of("scriptxxx"))).extracting(Aspect::name).containsExactly("writing");
        assertThat(words.aspectsMisspeltIn(List.of("dog"))).isEmpty();
    }
}
