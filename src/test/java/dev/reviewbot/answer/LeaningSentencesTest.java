package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pros and cons from reviews with no pros or cons section: only sentences that lean the asked way are quoted, the
 * strongest first, a reviewer named in the question keeps the answer to their own review, and a film with nothing
 * on the asked side has no pros or cons to quote.
 */
class LeaningSentencesTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ranking-films-aspect", RankingFilmsOnAnAspectTest::bot);

    @Test
    void weaknesses_quoteOnlyTheComplaint_notTheNeutralOrWarmSentences() {
        Answer answer = BOT.ask("what are the weaknesses of marrow creek?");

        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.reviewer()).isEqualTo("Jude Moss");
            assertThat(c.quote()).contains("tiresome");
        });
        // Ida Voss's praise is no weakness; Jude Moss's "handsome but uneven" may stand beside the complaint.
        assertThat(answer.citations()).extracting(Citation::reviewer).containsOnly("Jude Moss");
    }

    @Test
    void strengthsOfAFilmPannedThroughout_areNotMadeUpFromItsComplaints() {
        Answer answer = BOT.ask("what are the strengths of pale orchard?");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void bestThing_quotesThePraise_theWarmestFirst() {
        Answer answer = BOT.ask("best thing about vesper lane");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "The score is lovely, eerie and delicate, a haunting piano theme that lingers long after the credits.",
                "A wonderful, beautifully made chiller and a genuine delight.");
    }

    @Test
    void whatANamedReviewerDisliked_comesFromTheirReviewAlone() {
        Answer answer = BOT.ask("what did jude moss dislike about marrow creek?");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.reviewer()).isEqualTo("Jude Moss"));
    }
}
