package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A corrections column repeats the claim it withdraws in its own grammar: "We said ...", "We credited ...". */
class CorrectionsGrammarTest {

    @Test
    void aPublicationsRepeatedClaim_isWithdrawn_anythingElseIsNot() {
        assertThat(Sentences.withdraws("We said that the film runs 95 minutes.")).isTrue();
        assertThat(Sentences.withdraws("  We credited the direction to Wilbert Tuffnell.")).isTrue();
        assertThat(Sentences.withdraws("The printed review called it adequate.")).isTrue();
        assertThat(Sentences.withdraws("Our critic described the ending as a cheat.")).isTrue();
        assertThat(Sentences.withdraws("It runs 107 minutes.")).isFalse();
        assertThat(Sentences.withdraws("As we said, it runs 107 minutes.")).isFalse();
        assertThat(Sentences.withdraws("We saidnothing.")).isFalse();
    }
}
