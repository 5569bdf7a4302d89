package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A library of just two films (Copper Tide, reviewed warmly and coldly; Quiet Orchard, panned): questions across
 * films still rank both, the evidence for each film from the review leaning the asked way, and a question about a
 * person whose film has a single review is no disagreement.
 */
class TwoFilmLibraryTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("copper-tide", OpinionAnswersTest::bot);

    @Test
    void whichFilmHasTheWorstActing_quotesBothFilms_theSecondFromTheReviewThatDislikedIt() {
        Answer answer = BOT.ask("which film has the worst acting?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Quiet Orchard", "Copper Tide");
        assertThat(answer.citations().get(1).reviewer()).isEqualTo("Hugo Marsh");
        assertThat(answer.citations().get(1).quote()).contains("thankless role");
    }

    @Test
    void whichFilmWasLikedLeast_quotesItsVerdictAndLowestRating_thenTheOthersHarsherReview() {
        Answer answer = BOT.ask("which film did reviewers like least?");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A dreary, lifeless slog that wastes its cast and its setting; skip it.", "rating: 1/5",
                "A soggy, overlong disappointment that I cannot recommend.");
        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Ines Calloway", "Ines Calloway", "Hugo Marsh");
    }

    @Test
    void whatCriticsSayAboutAComposer_withNoFilmNamed_findsTheirFilm_andQuotesBothReviewers() {
        Answer answer = BOT.ask("what do critics say about pia sorensen?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Rosa Linden", "Hugo Marsh");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.quote()).startsWith("Pia Sorensen's score is"));
    }

    @Test
    void aComposerWhoseFilmHasOneReview_isQuotedFromIt_notAsADisagreement() {
        Answer answer = BOT.ask("what do critics say about bram oster?");

        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.reviewer()).isEqualTo("Ines Calloway");
            assertThat(c.quote()).contains("Bram Oster");
        });
    }

    @Test
    void whichReviewerHatedAFilmWithOneReview_quotesItsComplaints_harshestFirst() {
        Answer answer = BOT.ask("which reviewer hated quiet orchard?");

        assertThat(answer.citations()).extracting(Citation::section).containsExactly("Verdict", "Music", "Cast");
    }

    @Test
    void betterOnTheActing_isAnsweredFromTheActing_bothFilmsQuoted() {
        Answer answer = BOT.ask("is copper tide better than quiet orchard on the acting?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Copper Tide", "Quiet Orchard");
        assertThat(answer.text()).endsWith("The reviews speak more warmly of Copper Tide on this.");
    }
}
