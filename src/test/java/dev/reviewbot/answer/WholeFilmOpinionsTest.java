package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opinion questions about a film as a whole ("love it or hate it?", "which reviewer was harsher?"), answered by each
 * reviewer's judgement, and comparisons of a quality ("which is slower?") ranked by what the evidence says, not by
 * how warmly it says it.
 */
class WholeFilmOpinionsTest {

    private static final String HARBOUR_RAVE = """
            ---
            title: Harbour Lights
            reviewer: Nell Varga
            rating: 5/5
            ---

            Harbour Lights is the most moving film I have seen this year, a tender and beautiful drama about a fishing family.

            ## The Story

            A trawler captain loses his boat and has to decide whether to sell the family house by the quay.

            ## Verdict

            A masterpiece, wonderfully acted and gorgeous to look at; see it on the biggest screen you can find.
            """;

    private static final String HARBOUR_PAN = """
            ---
            title: Harbour Lights
            reviewer: Tomas Reid
            rating: 1/5
            ---

            Everyone seems to adore Harbour Lights, but I found it a dreary, tedious and badly written slog.

            ## The Story

            A trawler captain loses his boat, and the script has nothing to say about it.

            ## Verdict

            A dull, clumsy and lifeless film that wastes a fine cast; skip it.
            """;

    private static final String RACING = """
            ---
            title: Copper Wire
            reviewer: Ada Lind
            ---

            Copper Wire is a wonderful, gripping heist thriller that races along at a thrilling pace and never lets up.

            ## Verdict

            Terrific fun from start to finish, with a superb cast.
            """;

    private static final String CRAWLING = """
            ---
            title: Salt Meadow
            reviewer: Ben Osk
            ---

            Salt Meadow is slow, painfully slow, and its middle hour drags on and on without anything happening at all.

            ## Verdict

            A patient film about a farmer and his sheep, with some handsome views of the coast.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("whole-film-opinions", () -> AnswerRig.botOver(Map.of(
            "harbour-rave.md", HARBOUR_RAVE, "harbour-pan.md", HARBOUR_PAN, "copper-wire.md", RACING,
            "salt-meadow.md", CRAWLING)));

    @Test
    void loveItOrHateIt_quotesEveryReviewersJudgement_withTheirRatings() {
        Answer answer = BOT.ask("harbour lights: love it or hate it?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Nell Varga", "Tomas Reid");
        assertThat(answer.text()).contains("5/5").contains("1/5");
        assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("trawler captain"));
    }

    @Test
    void whichReviewerWasHarsher_putsTheLowerJudgementFirst() {
        Answer answer = BOT.ask("which harbour lights reviewer was harsher");

        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Tomas Reid");
        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Nell Varga");
    }

    @Test
    void isEveryonePositive_asksEveryReviewer_notOneSidesSentences() {
        Answer answer = BOT.ask("is everyone positive about harbour lights?");

        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Nell Varga", "Tomas Reid");
    }

    @Test
    void whichIsSlower_putsTheFilmSaidToBeSlowFirst_notTheOneSpokenOfMoreWarmly() {
        Answer answer = BOT.ask("which is slower, copper wire or salt meadow");

        assertThat(answer.citations().get(0).review()).isEqualTo("Salt Meadow");
        assertThat(answer.text()).contains("that is Salt Meadow").doesNotContain("more warmly");
    }

    @Test
    void aQuality_isReadFromAComparativeOtherThanTheVerdicts() {
        assertThat(ComparedQuestion.quality("which is slower, x or y")).contains("slow");
        assertThat(ComparedQuestion.quality("is x funnier than y")).contains("funny");
        assertThat(ComparedQuestion.quality("which is better, x or y")).isEmpty();
        assertThat(ComparedQuestion.quality("compare the acting in x and y")).isEmpty();
    }
}
