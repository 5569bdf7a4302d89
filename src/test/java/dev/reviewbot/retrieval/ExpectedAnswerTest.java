package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What kind of fact a question wants, and which sentences hold one: what lets the bot decline "who composed it?". */
class ExpectedAnswerTest {

    @Test
    void questionWordsSayWhatKindOfFactIsWanted() {
        assertThat(ExpectedAnswer.of("Who composed the score?")).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(ExpectedAnswer.of("  WHOSE film is it")).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(ExpectedAnswer.of("whos in it")).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(ExpectedAnswer.of("and who directed it")).isEqualTo(ExpectedAnswer.PERSON);
        assertThat(ExpectedAnswer.of("When does it come out?")).isEqualTo(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.of("what year is it set")).isEqualTo(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.of("How long is it?")).isEqualTo(ExpectedAnswer.DURATION);
        assertThat(ExpectedAnswer.of("what's the runtime")).isEqualTo(ExpectedAnswer.DURATION);
        assertThat(ExpectedAnswer.of("How much did it make at the box office?")).isEqualTo(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.of("how many stars did it get")).isEqualTo(ExpectedAnswer.RATING);
        assertThat(ExpectedAnswer.of("what did it gross worldwide")).isEqualTo(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.of("what was its worldwide gross")).isEqualTo(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.of("are the gross out effects practical or cgi")).isEqualTo(ExpectedAnswer.ANY);
        assertThat(ExpectedAnswer.of("is the gross-out humour too much")).isEqualTo(ExpectedAnswer.ANY);
        assertThat(ExpectedAnswer.of("is the acting good")).isEqualTo(ExpectedAnswer.ANY);
        // "who" inside a word asks for nobody; the first kind that matches wins.
        assertThat(ExpectedAnswer.of("is the whole film good")).isEqualTo(ExpectedAnswer.ANY);
        assertThat(ExpectedAnswer.of("who rated it")).isEqualTo(ExpectedAnswer.PERSON);
    }

    @Test
    void onlyFactsThatCanSitAnywhere_areSpecific() {
        assertThat(ExpectedAnswer.PERSON.isSpecificFact()).isFalse();
        assertThat(ExpectedAnswer.ANY.isSpecificFact()).isFalse();
        assertThat(ExpectedAnswer.DATE.isSpecificFact()).isTrue();
        assertThat(ExpectedAnswer.DURATION.isSpecificFact()).isTrue();
        assertThat(ExpectedAnswer.AMOUNT.isSpecificFact()).isTrue();
        assertThat(ExpectedAnswer.RATING.isSpecificFact()).isTrue();
    }

    @Test
    void aPersonIsAtLeastTwoCapitalisedNames() {
        assertThat(ExpectedAnswer.PERSON.satisfiedBy("The score is by Lise Dahl.")).isTrue();
        assertThat(ExpectedAnswer.PERSON.satisfiedBy("It stars Ana de Armas.")).isTrue();
        assertThat(ExpectedAnswer.PERSON.satisfiedBy("The score is quietly haunting.")).isFalse();
        assertThat(ExpectedAnswer.ANY.satisfiedBy("anything at all")).isTrue();
    }

    @Test
    void aRuntimeIsAnHourOrMore_underFourHours() {
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("It runs 96 minutes.")).isTrue();
        // A cinema listing's "1h 49m".
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("12A · 1h 49m · Comedy, Romance")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("It runs 2 hrs 5 mins.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("Doors open at 7h and it starts at 20m past.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("a 60-minute special")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("all 249 mins of it")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("It takes 59 minutes to get going.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("a 250 minute cut")).isFalse();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("within twenty minutes")).isFalse();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("two and a half hours of it")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("a brisk ninety minutes")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("He could have taken fifteen minutes out of the 118.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("ten minutes of its 95 are wasted")).isTrue();
        assertThat(ExpectedAnswer.DURATION.satisfiedBy("ten minutes of the 3 acts")).isFalse();
    }

    @Test
    void datesAmountsAndRatings() {
        assertThat(ExpectedAnswer.DATE.satisfiedBy("released in 2021")).isTrue();
        assertThat(ExpectedAnswer.DATE.satisfiedBy("set in 1899")).isTrue();
        assertThat(ExpectedAnswer.DATE.satisfiedBy("it opens in March")).isTrue();
        assertThat(ExpectedAnswer.DATE.satisfiedBy("room 1799, then 2150 extras")).isFalse();
        assertThat(ExpectedAnswer.AMOUNT.satisfiedBy("It cost $5 million.")).isTrue();
        assertThat(ExpectedAnswer.AMOUNT.satisfiedBy("it made 12.5 million")).isTrue();
        assertThat(ExpectedAnswer.AMOUNT.satisfiedBy("it made a fortune")).isFalse();
        assertThat(ExpectedAnswer.RATING.satisfiedBy("Three and a half stars.")).isTrue();
        assertThat(ExpectedAnswer.RATING.satisfiedBy("Rating: 4/5")).isTrue();
        assertThat(ExpectedAnswer.RATING.satisfiedBy("7.5 out of 10")).isTrue();
        assertThat(ExpectedAnswer.RATING.satisfiedBy("a star turn")).isFalse();
    }
}
