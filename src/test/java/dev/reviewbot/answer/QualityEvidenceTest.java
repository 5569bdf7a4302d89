package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * One film's evidence on a quality ("which is funnier?"), with the nearness to the quality given: its stored sentence
 * nearest the quality first, then the first quote the question asked of the film alone found, never another film's.
 */
class QualityEvidenceTest {

    private static final String TUBA = "The funniest thing about the whole evening was a tuba falling down the stairs.";
    private static final String CAST = "The cast works hard in every scene, though the script gives them little to do.";
    private static final String SLOG = "It is a dreadful, joyless, miserable slog from start to finish and I hated it.";
    private static final String DELIGHT = "It is a wonderful, joyous, brilliant delight from start to finish and I loved it.";
    private static final String MILLPOND = "A quiet drama about a miller and his daughter, told over one long summer by the water.";

    private static final ReviewBot BOT = AnswerRig.over("quality-evidence", () -> AnswerRig.botOver(Map.of(
            "tollgate.md", "---\ntitle: Tollgate Farce\nreviewer: Ines Varga\n---\n\n" + TUBA + " " + CAST + "\n\n" + SLOG
                    + " " + DELIGHT + " Short and sweet.\n",
            "millpond.md", "---\ntitle: Millpond Tales\nreviewer: Oren Pask\n---\n\n" + MILLPOND + "\n"))).bot();

    /** Nearness 1 for the tuba sentence and a short one, 0 for the rest. */
    private static final ToDoubleFunction<String> NEAR_TUBA = s -> s.equals(TUBA) || s.equals("Short and sweet.") ? 1 : 0;

    private static QualityEvidence evidence(ToDoubleFunction<String> nearness, double lean) {
        return new QualityEvidence(nearness, lean, BOT.library().catalog(), BOT.library()::passagesOf);
    }

    private static Function<String, Answer> asked(Citation... quotes) {
        return film -> new Answer.Grounded("is " + film + " funny", List.of(quotes));
    }

    private static Citation quote(String film, String text) {
        return new Citation(film, "Review", null, text);
    }

    @Test
    void theNearestSentenceComesFirst_thenTheFilmsOwnFirstQuote_neverAnotherFilms() {
        Answer answer = evidence(NEAR_TUBA, 0).answer("which is funnier", "Tollgate Farce",
                asked(quote("Millpond Tales", MILLPOND), quote("Tollgate Farce", CAST), quote("Tollgate Farce", SLOG)));

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(TUBA, CAST);
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ines Varga");
    }

    @Test
    void aQuoteHoldingTheNearestSentence_standsForIt_once() {
        Citation around = quote("Tollgate Farce", TUBA + " " + CAST);
        QualityEvidence evidence = evidence(NEAR_TUBA, 0);

        Answer answer = evidence.answer("which is funnier", "Tollgate Farce", asked(around));

        assertThat(answer.citations()).containsExactly(around);
        assertThat(evidence.score(around)).isEqualTo(1.0);
    }

    @Test
    void onlyTheNearestQuote_hasAScore() {
        QualityEvidence evidence = evidence(NEAR_TUBA, 0);

        Answer answer = evidence.answer("which is funnier", "Tollgate Farce", asked(quote("Tollgate Farce", CAST)));

        assertThat(evidence.score(answer.citations().get(0))).isEqualTo(1.0);
        assertThat(evidence.score(answer.citations().get(1))).isNaN();
    }

    @Test
    void aSentenceUnderEightWords_isNotQuoted_howeverNear() {
        Answer answer = evidence(s -> s.equals("Short and sweet.") ? 5 : NEAR_TUBA.applyAsDouble(s), 0)
                .answer("which is funnier", "Tollgate Farce", asked(quote("Tollgate Farce", CAST)));

        assertThat(answer.citations().get(0).quote()).isEqualTo(TUBA);
    }

    @Test
    void nothingEmbedded_leavesTheFilmsOwnFirstQuote_orItsOwnAnswerWhenThatQuotesNoneOfIt() {
        QualityEvidence unembedded = evidence(s -> Double.NaN, 0);
        Answer aboutAnother = new Answer.Grounded("is it funny", List.of(quote("Millpond Tales", MILLPOND)));

        assertThat(unembedded.answer("which is funnier", "Tollgate Farce", asked(quote("Tollgate Farce", CAST))).citations())
                .extracting(Citation::quote).containsExactly(CAST);
        assertThat(unembedded.answer("which is funnier", "Tollgate Farce", film -> aboutAnother)).isSameAs(aboutAnother);
    }

    @Test
    void theLean_weighsEachSentencesPolarity_beside_itsNearness() {
        Function<String, Answer> none = asked(quote("Millpond Tales", MILLPOND));

        assertThat(evidence(NEAR_TUBA, 10).answer("q", "Tollgate Farce", none).citations().get(0).quote()).isEqualTo(DELIGHT);
        assertThat(evidence(NEAR_TUBA, -10).answer("q", "Tollgate Farce", none).citations().get(0).quote()).isEqualTo(SLOG);
        assertThat(evidence(NEAR_TUBA, Double.NaN).answer("q", "Tollgate Farce", none).citations()).extracting(Citation::quote)
                .containsExactly(TUBA);
    }
}
