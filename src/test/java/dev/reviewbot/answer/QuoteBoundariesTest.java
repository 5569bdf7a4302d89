package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where a quote starts and stops, each limit exactly at its boundary: the sentence before the best is context
 * for a best sentence of 11 words, not of 12; a quote of exactly 75 words is kept whole, one of more loses the
 * sentence after the best; a best sentence over 75 words is still quoted; and with fewer quotes allowed, the
 * sentence after the best comes before the one before it, and no second reviewer is quoted.
 */
class QuoteBoundariesTest {

    @RegisterExtension
    static final AnswerRig QUARRY = AnswerRig.over("quarry", QuarryReviews::bot);

    @RegisterExtension
    static final AnswerRig HARBOUR = AnswerRig.over("harbour", HarbourReviews::bot);

    private static String firstQuote(Answer answer) {
        return answer.citations().get(0).quote();
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    @Test
    void aBestSentenceOfTwelveWords_isQuotedWithTheOneAfter_butNotTheOneBefore() {
        Answer answer = QUARRY.ask("how is the foghorn in quarry bells?");

        assertThat(firstQuote(answer)).isEqualTo("The foghorn in the third reel is the loudest thing I heard. "
                + "Most scenes are quiet enough to hear the rain on the slate roofs.");
        assertThat(answer.citations().get(0).label()).isEqualTo("Quarry Bells, Sound (Nell Ashdown)");
    }

    @Test
    void aBestSentenceOfElevenWords_isQuotedWithTheOnesBeforeAndAfterIt() {
        assertThat(firstQuote(QUARRY.ask("how is the choir in quarry bells?"))).isEqualTo(
                "The score is played on a single cello by the composer herself. The choir at the funeral is sung by real local "
                        + "miners. Nothing else in the soundtrack comes close to that moment of grief.");
    }

    @Test
    void aBestSentenceAndTheNext_makingExactly75Words_areQuotedWhole() {
        String quote = firstQuote(QUARRY.ask("what about the quarry lake in quarry bells?"));

        assertThat(words(quote)).isEqualTo(75);
        assertThat(quote).startsWith("The quarry lake at the heart of the film").endsWith("so vivid and so very strange is the old place.");
    }

    @Test
    void aBestSentenceWhoseNextWouldRunPast75Words_isQuotedAlone() {
        Answer answer = QUARRY.ask("how is the ending of quarry bells?");

        assertThat(firstQuote(answer)).isEqualTo("The ending on the flooded chapel roof ties the ghost story to the strike of 1902 with real "
                + "tact, letting the dead miners speak through the bell rather than through any of the living characters at all.");
        assertThat(answer.citations().get(0).label()).isEqualTo("Quarry Bells, Story (Nell Ashdown)");
    }

    @Test
    void aBestSentenceOfMoreThan75Words_isStillQuotedWhole() {
        String quote = firstQuote(QUARRY.ask("what about the lantern slides in quarry bells?"));

        assertThat(words(quote)).isEqualTo(78);
        assertThat(quote).startsWith("The lantern slides").endsWith("in a half-empty cinema in Bangor.");
    }

    @Test
    void aPersonNamedBySurnameOnly_isFoundInTheSentenceThatSaysSo() {
        Answer answer = QUARRY.ask("does Dilys Prothero sing in Welsh in quarry bells?");

        assertThat(firstQuote(answer)).startsWith("Prothero does her own singing in the chapel scenes, in Welsh, unaccompanied.")
                .doesNotContain("Dilys");
    }

    @Test
    void withOneQuoteAllowed_theBestSentenceIsQuotedAlone() {
        assertThat(firstQuote(HARBOUR.askQuoting(1, "how is the cinematography in harbour lights?"))).isEqualTo(
                "The cinematographer Ola Brandt frames the grey coast in long and patient takes that let the weather itself become a "
                        + "character, with fog rolling over the cliffs and gulls wheeling above the harbour wall.");
    }

    @Test
    void withTwoQuotesAllowed_theSentenceAfterAShortBestOne_leavesNoRoomForTheOneBefore() {
        assertThat(firstQuote(HARBOUR.askQuoting(2, "how is the ending of cinder road?")))
                .isEqualTo("The ending at the cemetery gates is abrupt. The film is rated PG-13 for the language.");
        assertThat(firstQuote(HARBOUR.askQuoting(3, "how is the ending of cinder road?")))
                .startsWith("The brothers argue about money");
    }

    @Test
    void withTwoQuotesAllowed_noSecondReviewerIsQuoted() {
        assertThat(HARBOUR.askQuoting(2, "how is Iris Vane in harbour lights?").citations()).singleElement()
                .satisfies(c -> assertThat(c.reviewer()).isEqualTo("Sol Okafor"));
        assertThat(HARBOUR.askQuoting(3, "how is Iris Vane in harbour lights?").citations())
                .extracting(Citation::reviewer).containsExactly("Sol Okafor", "Wren Talbot");
    }
}
