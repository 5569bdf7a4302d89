package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What an opinion question asks for holds together: a side is -1, 0 or 1, and both sides lean neither way; the words
 * that put such questions come from their kinds' descriptions.
 */
class OpinionAskTest {

    @Test
    void aSideBeyondOne_isRefused() {
        assertThatThrownBy(() -> new OpinionAsk(OpinionKind.PROS_CONS, 2, 0, 1))
                .hasMessage("direction is -1, 0 or 1, was 2");
    }

    @Test
    void bothSides_leaningOneWay_isRefused() {
        assertThatThrownBy(() -> new OpinionAsk(OpinionKind.PROS_CONS, -1, 0, 1, true))
                .hasMessage("a question asking for both sides leans neither way, leaned -1");
    }

    @Test
    void askingForNeitherSide_readsAsPraise_andOneSideAsItself() {
        assertThat(new OpinionAsk(OpinionKind.PROS_CONS, 0, 0, 1).sideOrPraise()).isEqualTo(1);
        assertThat(new OpinionAsk(OpinionKind.PROS_CONS, -1, 0, 1).sideOrPraise()).isEqualTo(-1);
        assertThat(new OpinionAsk(OpinionKind.PROS_CONS, 0, 0, 1, true).bothSides()).isTrue();
    }

    @Test
    void theWordsPuttingOpinionQuestions_areTheirKindsDescriptions_notThoseOfOtherQuestions() {
        OpinionSettings settings = new OpinionSettings(java.util.Map.of("cons", java.util.List.of("what is wrong with it?"),
                "other", java.util.List.of("how is the acting?")), 2, 2, null, null, 0, 0, 1, 2, 1, 0, 0);

        String words = new OpinionReader(null, dev.reviewbot.library.SentencePolarity.NONE, settings).askingWords();

        assertThat(words).isEqualTo("what is wrong with it?");
    }
}
