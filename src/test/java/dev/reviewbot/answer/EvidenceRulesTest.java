package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What may answer: a name no review uses is declined even beside an aspect the reviews cover; a runtime is found
 * wherever in the film's reviews it sits; the passages searched for a sentence are the ones the fitted scoring
 * ranks best, whatever order retrieval lists them in, and for a question wanting a kind of fact, all of them.
 */
class EvidenceRulesTest {

    @RegisterExtension
    static final AnswerRig HARBOUR = AnswerRig.over("harbour", HarbourReviews::bot);

    @RegisterExtension
    static final AnswerRig QUARRY = AnswerRig.over("quarry", QuarryReviews::bot);

    @Test
    void aNameNoReviewUses_isDeclined_evenBesideAnAspectTheReviewsCover() {
        assertThat(HARBOUR.ask("is Tom Hanks good in the acting of harbour lights?").text()).startsWith(
                "The stored reviews of Harbour Lights don't say anything about its acting.");
    }

    @Test
    void somethingNoReviewMentions_askedOfNoFilm_isDeclinedOfferingTheFilms() {
        Answer answer = HARBOUR.ask("is there a dog in it?");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).isEqualTo("The stored reviews don't say. You could ask about: Cinder Road, Harbour Lights.");
    }

    @Test
    void aRuntime_isQuotedFromWhereverTheReviewsGiveIt() {
        Answer answer = QUARRY.ask("how long is quarry bells?");

        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("Filmed in Blaenau Ffestiniog over six weeks, it runs 104 minutes.");
            assertThat(c.label()).isEqualTo("Quarry Bells, Credits (Huw Pryce)");
        });
    }

    @Test
    void thePassagesSearched_areTheBestRanked_whateverOrderRetrievalListsThemIn() {
        AnswerService.Prepared prepared = HARBOUR.answers().prepare("how is the acting in harbour lights?", Optional.empty());
        ExtractiveAnswerer answerer = HARBOUR.bot().extractiveAnswerer(HARBOUR.bot().scoring(), SentenceSimilarity.NONE);
        List<ScoredPassage> reversed = new ArrayList<>(prepared.retrieval().passages());
        Collections.reverse(reversed);

        List<ExtractiveAnswerer.Candidate> best = answerer.candidates(prepared.question(), prepared.retrieval(), 1);
        List<ExtractiveAnswerer.Candidate> fromReversed = answerer.candidates(prepared.question(),
                new Retrieval(reversed, prepared.retrieval().termWeights()), 1);

        assertThat(prepared.retrieval().passages()).hasSizeGreaterThan(1);
        assertThat(best).isNotEmpty().extracting(c -> c.passage().passage().id()).containsOnly(best.get(0).passage().passage().id());
        assertThat(fromReversed).isEqualTo(best);
    }

    @Test
    void forAQuestionWantingAPerson_everyPassageRetrievedIsSearched() {
        AnswerService.Prepared prepared = HARBOUR.answers().prepare("who plays the son in harbour lights?", Optional.empty());
        ExtractiveAnswerer answerer = HARBOUR.bot().extractiveAnswerer(HARBOUR.bot().scoring(), SentenceSimilarity.NONE);

        List<ExtractiveAnswerer.Candidate> candidates = answerer.candidates(prepared.question(), prepared.retrieval(), 1);

        assertThat(candidates.stream().map(c -> c.passage().passage().id()).distinct())
                .hasSize(prepared.retrieval().passages().size());
    }
}
