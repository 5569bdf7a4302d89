package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void sentences_splitOnFullStopsButNotAbbreviationsOrInitials() {
        assertThat(Sentences.split("Dr. Who is here. J. R. Smith came too! Did he? Yes."))
                .containsExactly("Dr. Who is here.", "J. R. Smith came too!", "Did he?", "Yes.");
        assertThat(Sentences.split("UK 2026 · Dir. Ewan Dall. A warm film.")).containsExactly("UK 2026 · Dir. Ewan Dall.", "A warm film.");
    }

    @Test
    void aSentencePutAsAQuestion_asks_aStatementWithARisingToneDoesNot() {
        assertThat(Sentences.asks("Can I take the kids?")).isTrue();
        assertThat(Sentences.asks("\"Is it for everyone?\"")).isTrue();
        assertThat(Sentences.asks("Why did nobody cut the middle? ")).isTrue();
        assertThat(Sentences.asks("kit reyes is the drifter, and he's fine?")).isFalse();
        assertThat(Sentences.asks("Is it for everyone. Yes.")).isFalse();
        assertThat(Sentences.asks("Isla Rennick is terrific?")).isFalse();
    }

    @Test
    void sentences_endAtAFootnoteMarkAfterAFullStop() {
        assertThat(Sentences.split("It lasts six minutes.[2] Aurelio's camera stays low. See note [3] below."))
                .containsExactly("It lasts six minutes.[2]", "Aurelio's camera stays low.", "See note [3] below.");
        assertThat(Sentences.split("As Dr.[4] Abberley says, it works.")).containsExactly("As Dr.[4] Abberley says, it works.");
    }

    @Test
    void sentences_repairAMissingSpaceAfterAFullStop() {
        assertThat(Sentences.split("It was a misnomer.Pocahontas has friends.")).hasSize(2);
    }

    @Test
    void cut_keepsWholeSentencesAndMarksTheCut() {
        String text = "One two three. Four five six. Seven eight nine.";

        assertThat(TextLimits.cut(text, 100)).isEqualTo(text);
        assertThat(TextLimits.cut(text, 35)).isEqualTo("One two three. Four five six.…");
        assertThat(TextLimits.cut("Averyveryverylongword and more words", 25)).isEqualTo("Averyveryverylongword…");
    }

    @Test
    void normalize_makesCurlyAndStraightQuotesEqual() {
        assertThat(TextCleaner.normalize("What’s  “Ballerina”  like?")).isEqualTo(TextCleaner.normalize("what's \"ballerina\" like?"));
        assertThat(TextCleaner.wordsOnly("Hollow-Creek's!")).isEqualTo("hollow creeks");
    }

    @Test
    void fuzzy_toleratesTyposByLength() {
        assertThat(Fuzzy.distance("balerina", "ballerina")).isEqualTo(1);
        assertThat(Fuzzy.distance("teh", "the")).isEqualTo(1);
        assertThat(Fuzzy.tolerance(4)).isZero();
        assertThat(Fuzzy.tolerance(9)).isEqualTo(2);
    }
}
