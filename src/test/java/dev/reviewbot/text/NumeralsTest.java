package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumeralsTest {

    @Test
    void numbersInWords_areWrittenInDigits() {
        assertThat(Numerals.inDigits("turbine fourteen runtime")).isEqualTo("turbine 14 runtime");
        assertThat(Numerals.inDigits("Zero Hour at Forty-Two and twenty one")).isEqualTo("0 Hour at 42 and 21");
        assertThat(Numerals.inDigits("ninety minutes, nine lives, often")).isEqualTo("90 minutes, 9 lives, often");
    }

    @Test
    void numbersOfOneOrTwoDigits_areWrittenInWords() {
        assertThat(Numerals.inWords("7 down and 40 winks")).isEqualTo("seven down and forty winks");
        assertThat(Numerals.inWords("apollo 13, 0 stars, 21 guns, 99 red")).isEqualTo("apollo thirteen, zero stars, twenty-one guns, ninety-nine red");
        assertThat(Numerals.inWords("the 1976 final at 3.5")).isEqualTo("the 1976 final at three.five");
    }

    @Test
    void aNumberInWords_hasItsValue_andOtherWordsHaveNone() {
        assertThat(Numerals.valueOf("Forty-five")).isEqualTo(45);
        assertThat(Numerals.valueOf("twenty one")).isEqualTo(21);
        assertThat(Numerals.valueOf("fifty")).isEqualTo(50);
        assertThat(Numerals.valueOf("nineteen")).isEqualTo(19);
        assertThat(Numerals.valueOf("zero")).isZero();
        assertThat(Numerals.valueOf("twenty-zero")).isEqualTo(-1);
        assertThat(Numerals.valueOf("ten-one")).isEqualTo(-1);
        assertThat(Numerals.valueOf("hours")).isEqualTo(-1);
    }
}
