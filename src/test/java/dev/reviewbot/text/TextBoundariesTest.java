package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where text is cut, split and matched, at the exact limits a user runs into. */
class TextBoundariesTest {

    private static final String TWO_SENTENCES = "One two three. Four five six.";

    @Test
    void cut_textOfExactlyTheLimitIsShownWhole_oneCharacterMoreIsCut() {
        int length = TWO_SENTENCES.length();

        assertThat(TextLimits.cut(TWO_SENTENCES, length)).isEqualTo(TWO_SENTENCES);
        assertThat(TextLimits.fits(TWO_SENTENCES, length)).isTrue();
        assertThat(TextLimits.cut(TWO_SENTENCES, length - 1)).isEqualTo("One two three.…");
        assertThat(TextLimits.fits(TWO_SENTENCES, length - 1)).isFalse();
    }

    @Test
    void cut_aSentenceThatFillsTheRoomExactlyIsKept() {
        // "One two three." is 14 characters; with the ellipsis it needs 15.
        assertThat(TextLimits.cut(TWO_SENTENCES, 15)).isEqualTo("One two three.…");
        assertThat(TextLimits.cut(TWO_SENTENCES, 14)).isEqualTo("One two…");
    }

    @Test
    void cut_neverReturnsMoreThanTheLimit() {
        String review = "The score swells. The lead is superb in every scene she has. The ending drags on.";
        for (int limit = 2; limit <= review.length(); limit++) {
            assertThat(TextLimits.cut(review, limit)).hasSizeLessThanOrEqualTo(limit);
        }
    }

    @Test
    void cut_aSecondSentenceThatFillsTheRoomExactlyIsKept() {
        assertThat(TextLimits.cut("Ab. Cd. Ef.", 8)).isEqualTo("Ab. Cd.…");
        assertThat(TextLimits.cut("Ab. Cd. Ef.", 7)).isEqualTo("Ab.…");
    }

    @Test
    void cut_neverShowsOnlyTheEllipsis_whenTheTextStartsWithASpace() {
        assertThat(TextLimits.cut(" Abcdefghij", 5)).isEqualTo(" Abc…");
    }

    @Test
    void cut_aWordLongerThanTheRoomIsCutMidWord() {
        assertThat(TextLimits.cut("Supercalifragilistic", 6)).isEqualTo("Super…");
        assertThat(TextLimits.cut("Supercalifragilistic", 2)).isEqualTo("S…");
    }

    @Test
    void cut_aLimitBelowTwoIsRefusedWithTheValue() {
        assertThatThrownBy(() -> TextLimits.cut("text", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxChars must be at least 2, was 1");
    }

    @Test
    void sentences_aMissingSpaceAfterAFullStopSplitsThere() {
        assertThat(Sentences.split("It was a misnomer.Pocahontas has friends."))
                .containsExactly("It was a misnomer.", "Pocahontas has friends.");
        assertThat(Sentences.split("Shot in 2.5 hours. Fine.")).containsExactly("Shot in 2.5 hours.", "Fine.");
    }

    @Test
    void sentences_anAbbreviationAtTheEndStaysInTheSentence() {
        assertThat(Sentences.split("The doctor is played by Mr. Jones. He is great.\n\n"))
                .containsExactly("The doctor is played by Mr. Jones.", "He is great.");
        assertThat(Sentences.split("Directed by J.")).containsExactly("Directed by J.");
        assertThat(Sentences.split("   ")).isEmpty();
    }

    @Test
    void titles_aShortTitleAsTheLastWordIsFound() {
        TitleMatcher films = new TitleMatcher(List.of("Up", "Heat", "Ballerina", "Hollow Creek"));

        assertThat(films.titlesIn("is it worth seeing Up")).containsExactly("Up");
        assertThat(films.titlesIn("Heat")).containsExactly("Heat");
    }

    @Test
    void titles_twoFilmsInOneQuestionAreBothFound_longestFirst() {
        TitleMatcher films = new TitleMatcher(List.of("Up", "Ballerina", "Hollow Creek"));

        assertThat(films.titlesIn("is Ballerina better than Hollow Creek?")).containsExactly("Hollow Creek", "Ballerina");
        assertThat(films.titlesIn("compare balerina and holow creek")).containsExactly("Hollow Creek");
    }

    @Test
    void titles_typosAreToleratedByLength_andOnlyForLongWords() {
        TitleMatcher films = new TitleMatcher(List.of("Heats", "Ballerina", "The Deep Quiet", "The"));

        assertThat(films.titlesIn("was heast good")).containsExactly("Heats");
        assertThat(films.titlesIn("was hxxts good")).isEmpty();
        assertThat(films.titlesIn("was bxllxrina good")).containsExactly("Ballerina");
        assertThat(films.titlesIn("was bxllxrxna good")).isEmpty();
        assertThat(films.closest("deep quite")).isEqualTo("The Deep Quiet");
        assertThat(films.closest("the")).isNull();
        assertThat(films.closest("eallerina")).isEqualTo("Ballerina");
    }

    @Test
    void displayText_dropsExactlyTheInvisibleRanges() {
        String invisible = "\u200B\u200F\u202A\u202E\u2060\u2064\u2066\u2069";
        String visibleNeighbours = "\u200A\u2010\u2029\u202F\u205F\u2065\u2070";

        assertThat(DisplayText.visible("x" + invisible + "y")).isEqualTo("xy");
        assertThat(DisplayText.visible(visibleNeighbours)).isEqualTo(visibleNeighbours);
    }

    @Test
    void titles_aOneLetterTitleIsFound() {
        assertThat(new TitleMatcher(List.of("M", "Up")).titlesIn("is M any good")).containsExactly("M");
    }

    @Test
    void titles_wordsRunTogetherNameATwoWordTitle_butAreNoTypoOfIt() {
        TitleMatcher films = new TitleMatcher(List.of("Hollow Creek"));

        assertThat(films.titlesIn("was hollowcreek scary")).containsExactly("Hollow Creek");
        assertThat(films.titlesIn("was holowcreek scary")).isEmpty();
    }

    @Test
    void fuzzy_countsSwapsAsOneAndLengthsAtTheirThresholds() {
        assertThat(Fuzzy.distance("ab", "ba")).isEqualTo(1);
        assertThat(Fuzzy.distance("", "abc")).isEqualTo(3);
        assertThat(Fuzzy.distance("abc", "")).isEqualTo(3);
        assertThat(Fuzzy.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Fuzzy.tolerance(5)).isEqualTo(1);
        assertThat(Fuzzy.tolerance(8)).isEqualTo(1);
    }

    @Test
    void cleaner_decodesEntitiesAndStraightensEveryQuote() {
        assertThat(TextCleaner.clean("\uFEFFTom &amp; Jerry&#39;s &#x41;&nbsp;&bogus; &#1114112;\r\n‘a’ “b” ‛c‟ ′d″\r"))
                .isEqualTo("Tom & Jerry's A &bogus; &#1114112;\n'a' \"b\" 'c\" 'd\"\n");
        assertThat(TextCleaner.clean("Caf&EACUTE; &hellip;")).isEqualTo("Café ...");
        assertThat(TextCleaner.clean("&amp; so on")).isEqualTo("& so on");
        // Every other HTML 4 name as HTML defines it, case and all.
        assertThat(TextCleaner.clean("Wyvill &middot; &Aacute;ine &frac12; &szlig; &euro;5 &bull;")).isEqualTo("Wyvill · Áine ½ ß €5 •");
    }

    @Test
    void displayText_dropsEscapesAndInvisibleMarks_keepsNewlinesAndTabs() {
        String esc = "\u001B";
        assertThat(DisplayText.visible("a" + esc + "[31mred" + esc + "[0m\tb\nc")).isEqualTo("ared\tb\nc");
        assertThat(DisplayText.visible("x" + esc + "]0;title\u0007y" + esc + "]8;;u" + esc + "\\z")).isEqualTo("xyz");
        assertThat(DisplayText.visible("file\u202Etxt.exe\u200B\u2066\u061C\u180E\uFEFF")).isEqualTo("filetxt.exe");
        assertThat(DisplayText.visible("a\u009B1mb\u009Dhidden\u009Cc" + esc + "cd")).isEqualTo("abcd");
        assertThat(DisplayText.oneLine("two\n\tlines")).isEqualTo("two lines");
        assertThat(DisplayText.visible(null)).isNull();
        assertThat(DisplayText.visible("a" + esc + "[@b" + esc + "[2~c")).isEqualTo("abc");
        assertThat(DisplayText.oneLine(null)).isNull();
    }
}
