package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What do both reviewers agree on?" names no part of the film: the answer is a part both reviewers speak of and
 * lean the same way on (here the glacier photography), a sentence from each; "what do they disagree on?" the part
 * they lean opposite ways on (the ending). "Do the critics agree on X?" still asks about the film as a whole.
 */
class WhatReviewersShareTest {

    private static final String WARM = """
            ---
            title: Meltwater
            reviewer: Hollis Brand
            rating: 4/5
            ---

            Meltwater follows a team of surveyors measuring a retreating glacier in the summer of 1998.

            Ottoline Varga photographs the glacier so beautifully that every blue crevasse looks like a cathedral.

            The ending is perfect, quiet and brave, and it moved me to tears.

            The tea breaks in the hut go on a little, but I never minded.
            """;

    private static final String COLD = """
            ---
            title: Meltwater
            reviewer: Celia Moss
            rating: 2/5
            ---

            Meltwater is a long, earnest film about surveyors that mistakes slowness for depth.

            The one great pleasure is the photography: Ottoline Varga makes the glacier look breathtaking and strange.

            The ending is a lazy, sentimental cop-out that undoes everything before it.

            The surveyors' arguments about the budget are dull and go nowhere.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("what-reviewers-share", () -> AnswerRig.botOver(Map.of(
            "meltwater.md", WARM, "meltwater-moss.md", COLD)));

    @Test
    void whatBothAgreeOn_isThePartBothPraise_oneSentenceFromEach() {
        Answer answer = BOT.ask("what do both meltwater reviewers agree on");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::quote)
                .allSatisfy(quote -> assertThat(quote).contains("Ottoline Varga"));
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::reviewer)
                .containsExactlyInAnyOrder("Hollis Brand", "Celia Moss");
    }

    @Test
    void agreeingOnAnything_isAskedTheSameWay() {
        Answer answer = BOT.ask("do the meltwater reviews agree on anything");

        assertThat(answer.citations().get(0).quote()).contains("Ottoline Varga");
    }

    @Test
    void whatTheyDisagreeOn_isThePartTheyLeanOppositeWaysOn() {
        Answer answer = BOT.ask("what do the meltwater reviews disagree on");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::quote)
                .allSatisfy(quote -> assertThat(quote).startsWith("The ending is"));
    }

    @Test
    void whetherTheyAgreeOnTheFilm_isStillTheirJudgementsOfIt() {
        Answer answer = BOT.ask("do the critics agree on meltwater");

        assertThat(answer.text()).contains("4/5").contains("2/5");
    }
}
