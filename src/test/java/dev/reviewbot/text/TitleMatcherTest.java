package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleMatcherTest {

    private static final TitleMatcher FILMS = new TitleMatcher(List.of("Ballerina", "The Salt Road", "Hollow Creek", "Up", "Heat", "Heat 2"));

    @Test
    void findsTitlesDespiteCasePunctuationTyposAndAMissingThe() {
        assertThat(FILMS.titlesIn("how is the acting in BALLERINA?")).containsExactly("Ballerina");
        assertThat(FILMS.titlesIn("was balerina any good")).containsExactly("Ballerina");
        assertThat(FILMS.titlesIn("Who directed Salt Road?")).containsExactly("The Salt Road");
        assertThat(FILMS.titlesIn("How does Hollow-Creek look?")).containsExactly("Hollow Creek");
    }

    /** "river" is a word of its own, one letter from Rivet; "rivets" is Rivet's own word, and "rivit" a typo of it. */
    @Test
    void aWordOfItsOwn_isNoTypoOfATitleOfOneWord_aFormOfItsWordIs() {
        TitleMatcher films = new TitleMatcher(List.of("Rivet", "Ballerina"));

        assertThat(films.titlesIn("who directed the bridge on the river kwai")).isEmpty();
        assertThat(films.titlesIn("who directed rivets")).containsExactly("Rivet");
        assertThat(films.titlesIn("rivit cast")).containsExactly("Rivet");
    }

    @Test
    void shortTitlesMustMatchExactly_andTheLongerTitleWins() {
        assertThat(FILMS.titlesIn("is Up worth watching")).containsExactly("Up");
        assertThat(FILMS.titlesIn("is heap good")).isEmpty();
        assertThat(FILMS.titlesIn("is Heat 2 better")).containsExactly("Heat 2");
    }

    /** A short title's letters swapped or one doubled is a slip of it; a changed letter, or a word of its own, is not. */
    @Test
    void aShortTitle_isFoundWithTwoLettersSwappedOrOneDoubled_notWithOneChanged() {
        TitleMatcher films = new TitleMatcher(List.of("Cria", "Heat", "Ballerina"));

        assertThat(films.titlesIn("cira review")).containsExactly("Cria");
        assertThat(films.titlesIn("criaa director")).containsExactly("Cria");
        assertThat(films.closest("rcia")).isEqualTo("Cria");
        assertThat(films.titlesIn("crib review")).isEmpty();
        assertThat(films.titlesIn("crai review")).containsExactly("Cria");
        assertThat(films.titlesIn("ccria cast")).containsExactly("Cria");
        assertThat(films.titlesIn("criia cast")).containsExactly("Cria");
        assertThat(films.titlesIn("is haet good")).containsExactly("Heat");
        assertThat(films.titlesIn("is heta good")).containsExactly("Heat");
        assertThat(films.titlesIn("hate review")).as("a word the model knows").isEmpty();
        assertThat(films.titlesIn("crias review")).as("a letter added, not doubled").isEmpty();
        assertThat(films.titlesIn("cirb review")).isEmpty();
        assertThat(films.titlesIn("ciar review")).as("letters moved, not two neighbours swapped").isEmpty();
    }

    @Test
    void aSwappedPair_isTwoNeighboursSwappedAndTheRestAlike_aDoubledLetter_oneLetterTypedTwice() {
        assertThat(TitleMatcher.swappedPair("rcia", "cria")).isTrue();
        assertThat(TitleMatcher.swappedPair("crai", "cria")).isTrue();
        assertThat(TitleMatcher.swappedPair("cria", "cria")).as("nothing swapped").isFalse();
        assertThat(TitleMatcher.swappedPair("crib", "cria")).isFalse();
        assertThat(TitleMatcher.swappedPair("rcib", "cria")).as("swapped, and another letter changed").isFalse();
        assertThat(TitleMatcher.swappedPair("cri", "cria")).isFalse();
        assertThat(TitleMatcher.oneLetterDoubled("ccria", "cria")).isTrue();
        assertThat(TitleMatcher.oneLetterDoubled("criaa", "cria")).isTrue();
        assertThat(TitleMatcher.oneLetterDoubled("crias", "cria")).isFalse();
        assertThat(TitleMatcher.oneLetterDoubled("cria", "cria")).isFalse();
        assertThat(TitleMatcher.oneLetterDoubled("crriaa", "cria")).isFalse();
    }

    /** A keyboard without accents types "lete des grelons": the same title, and one letter off is a typo of it. */
    @Test
    void anAccentedTitle_isFoundTypedWithoutItsAccents() {
        TitleMatcher accented = new TitleMatcher(List.of("L'Été des grêlons", "Ballerina"));

        assertThat(accented.exactTitlesIn("who plays mathilde in l'ete des grelons")).containsExactly("L'Été des grêlons");
        assertThat(accented.titlesIn("lete des grellons director")).containsExactly("L'Été des grêlons");
        assertThat(accented.onlyTitleWith("grelons")).isEqualTo("L'Été des grêlons");
        assertThat(TitleMatcher.key("L'Été des grêlons")).isEqualTo("lete des grelons");
    }

    /** A film's other name finds it, typed or misspelt, but never takes another stored film's own title. */
    @Test
    void anotherNameOfAFilm_findsItsTitle_untilItIsTakenAway() {
        TitleMatcher named = new TitleMatcher(List.of("Turbine 14", "Ballerina")).plus("Turbine 14", "Vindmølle 14")
                .plus("Turbine 14", "Ballerina");

        assertThat(named.titlesIn("vindmolle 14 director")).containsExactly("Turbine 14");
        assertThat(named.titlesIn("who directed vindmole 14")).containsExactly("Turbine 14");
        assertThat(named.variantsIn("vindmolle 14 director")).isEmpty();
        assertThat(named.titlesIn("is ballerina good")).containsExactly("Ballerina");
        assertThat(named.minus("Turbine 14", "Vindmølle 14").titlesIn("vindmolle 14 director")).isEmpty();
        assertThat(named.plus("Vindmølle 14").titlesIn("vindmolle 14 director")).containsExactly("Vindmølle 14");
    }

    /** A number in a title is typed right or names another film: "turbine 15" is not Turbine 14 misspelt. */
    @Test
    void aTitleWithAnotherNumber_isNoTypoOfIt() {
        TitleMatcher numbered = new TitleMatcher(List.of("Turbine 14", "Ballerina"));

        assertThat(numbered.titlesIn("turbine 15 director")).isEmpty();
        assertThat(numbered.variantsIn("turbine 15 director")).extracting(TitleMatcher.Variant::typed).containsExactly("turbine 15");
        assertThat(numbered.titlesIn("turbne 14 director")).containsExactly("Turbine 14");
    }

    @Test
    void closest_resolvesWhatAUserTyped() {
        assertThat(FILMS.closest("the salt roads")).isEqualTo("The Salt Road");
        assertThat(FILMS.closest("Oppenheimer")).isNull();
    }

    /** A word two letters from the title's five-letter word is another word, though the whole is two letters off. */
    @Test
    void eachWordTyped_mustBeATypoOfTheTitlesWordInItsPlace() {
        assertThat(FILMS.closest("hollow reef")).isNull();
        assertThat(FILMS.titlesIn("hollow reef scary?")).isEmpty();
        assertThat(FILMS.closest("holow creek")).isEqualTo("Hollow Creek");
        assertThat(FILMS.closest("hollow craek")).isEqualTo("Hollow Creek");
        assertThat(FILMS.closest("hollow crake")).isEqualTo("Hollow Creek");
    }

    /** Three letters off, more than a title this long carries as typos, but each changed word sounds as the title's does. */
    @Test
    void aTitleTypedByItsSound_isTheTitle_whenOneWordIsTypedAsItIs() {
        TitleMatcher films = new TitleMatcher(List.of("Arclight Division"));

        assertThat(films.titlesIn("arclite division content warnings")).containsExactly("Arclight Division");
        assertThat(films.closest("arclite divizion")).isNull();
    }

    /** Two letters off a one-word title of eight, more than it carries as typos, but sounding as it does. */
    @Test
    void aLongOneWordTitleTypedByItsSound_isTheTitle_aShortOneIsNot() {
        TitleMatcher films = new TitleMatcher(List.of("Diaphone", "Skive"));

        assertThat(films.titlesIn("diafone sound designer")).containsExactly("Diaphone");
        // Sounding alike is not enough three letters off, nor for a word too short to sound like few others.
        assertThat(films.closest("dyafoan")).isNull();
        assertThat(films.closest("scyve")).isNull();
    }

    @Test
    void partOfOneTitle_orATitleWithASpaceTooManyOrTooFew_namesIt() {
        TitleMatcher films = new TitleMatcher(List.of("Pebble and the Moon Kite", "Ironwood Station", "Paper Meridian",
                "The Moon Over Marsh", "Kite Moon"));

        assertThat(films.titlesIn("how is the music in moon kite")).containsExactly("Pebble and the Moon Kite");
        assertThat(films.titlesIn("iron wood station acting")).containsExactly("Ironwood Station");
        assertThat(films.titlesIn("papermeridian soundtrack")).containsExactly("Paper Meridian");
        // One shared word is no title; two titles sharing a part name neither.
        assertThat(films.titlesIn("is the moon scary")).isEmpty();
        assertThat(films.titlesIn("is paper moon any good")).isEmpty();
    }

    @Test
    void aTitleTypedWithASpaceTooMany_andATypo_namesIt() {
        TitleMatcher films = new TitleMatcher(List.of("Bunkbed Cosmonaut", "Ballerina"));

        assertThat(films.titlesIn("bunk bed cosmonut review")).containsExactly("Bunkbed Cosmonaut");
        assertThat(films.titlesIn("is bunk bed cosmonaut good")).containsExactly("Bunkbed Cosmonaut");
        // Joined, the words must still be a typo of the title word by word.
        assertThat(films.titlesIn("bunk bed astronomer review")).isEmpty();
        assertThat(films.titlesIn("a bunk bed for the cosmonaut")).isEmpty();
    }

    @Test
    void onlyTitleWith_aWordOfOneTitleOfSeveralWords_notOfTwo_notASmallWord_notATitleOfOneWord() {
        TitleMatcher films = new TitleMatcher(List.of("Umbra and the Clockwork Fox", "The Moon Over Marsh", "Kite Moon",
                "Ironwood"));

        assertThat(films.onlyTitleWith("umbra")).isEqualTo("Umbra and the Clockwork Fox");
        assertThat(films.onlyTitleWith("fox")).isEqualTo("Umbra and the Clockwork Fox");
        assertThat(films.onlyTitleWith("moon")).isNull();
        assertThat(films.onlyTitleWith("the")).isNull();
        assertThat(films.onlyTitleWith("ironwood")).isNull();
        assertThat(films.minus("Kite Moon").onlyTitleWith("moon")).isEqualTo("The Moon Over Marsh");
        // A single word still names no film by itself in titlesIn: the caller judges it.
        assertThat(films.titlesIn("umbra director")).isEmpty();
    }

    @Test
    void aTitleAddedOrRemovedLater_matchesAsIfTheMatcherWereBuiltWithOrWithoutIt() {
        TitleMatcher grown = FILMS.plus("Pebble and the Moon Kite").plus("Kite Moon").minus("Heat 2").minus("Oppenheimer");
        TitleMatcher built = new TitleMatcher(List.of("Ballerina", "The Salt Road", "Hollow Creek", "Up", "Heat",
                "Pebble and the Moon Kite", "Kite Moon"));

        for (String question : List.of("how is the music in moon kite", "is Heat 2 better", "was balerina any good",
                "Pebble and the Moon Kite score", "kite moon", "is heat good")) {
            assertThat(grown.titlesIn(question)).as(question).isEqualTo(built.titlesIn(question));
        }
        assertThat(grown.titlesIn("is Heat 2 better")).containsExactly("Heat");
        assertThat(FILMS.titlesIn("is Heat 2 better")).containsExactly("Heat 2"); // the old matcher is unchanged
        assertThat(grown.minus("Pebble and the Moon Kite").titlesIn("the music in moon kite")).isEmpty();
        assertThat(grown.minus("Ballerina").closest("balerina")).isNull();
    }

    @Test
    void titlesSharingAKey_theFirstInTitleOrderIsMatched_andTheOtherOnceItIsGone() {
        TitleMatcher both = new TitleMatcher(List.of("The Moon", "Moon"));

        assertThat(both.titlesIn("how is moon")).containsExactly("Moon");
        assertThat(both.minus("Moon").titlesIn("how is moon")).containsExactly("The Moon");
    }

    /** Issue 8, point 1: "two right hands" is another film than Two Left Hands; "two lefft hands" is a typo of it. */
    @Test
    void aTitleWithOneWordChanged_isAVariant_butATypoOrASmallWordIsNot() {
        TitleMatcher films = new TitleMatcher(List.of("Two Left Hands", "The Marrow Engine", "Pebble and the Moon Kite"));

        assertThat(films.variantsIn("two right hands documentary director"))
                .containsExactly(new TitleMatcher.Variant("two right hands", "Two Left Hands", "right", 0, 3));
        assertThat(films.variantsIn("who directed the marrow thief"))
                .containsExactly(new TitleMatcher.Variant("marrow thief", "The Marrow Engine", "thief", 3, 5));
        assertThat(films.variantsIn("two lefft hands, who directed it")).isEmpty();
        assertThat(new TitleMatcher(List.of("Bad Light")).variantsIn("bad lite cast")).isEmpty(); // by its sound, 3 letters off
        assertThat(films.variantsIn("pebble or the moon kite")).isEmpty();
        assertThat(films.variantsIn("pebble and the starlit kite")).extracting(TitleMatcher.Variant::title)
                .containsExactly("Pebble and the Moon Kite");
        assertThat(films.minus("Two Left Hands").variantsIn("two right hands")).isEmpty();
    }
}
