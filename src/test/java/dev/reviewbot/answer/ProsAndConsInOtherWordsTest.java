package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A film's cons asked for by the other everyday names for them ("downsides", "drawbacks", "negatives"): its
 * complaints, never its praise, as for "weaknesses" (the question model put "downsides of X" nearer "what did the
 * reviewer like?" than any description of criticism, and answered it with praise or not at all). Both sides asked
 * for at once ("pros and cons", "strengths and weaknesses") quote both, the praise first.
 */
class ProsAndConsInOtherWordsTest {

    private static final String LARCH = """
            ---
            title: Larch Hollow
            reviewer: Petra Lund
            rating: 3/5
            ---

            Larch Hollow is a folk horror film about a forester who finds a buried bell in a pine wood.

            ## Story

            The photography of the pine wood is gorgeous, misty and beautifully lit. The lead performance is superb, warm and deeply moving.

            The script is clumsy and the dialogue is painfully stilted. The ending is a lazy, confusing mess that throws away everything before it.

            ## Verdict

            Uneven, often beautiful, sometimes tedious.
            """;

    private static final String QUILL = """
            ---
            title: Quill Street
            reviewer: Omar Tey
            rating: 4/5
            ---

            Quill Street is a comedy about a printing shop in Leeds whose owner wins the lottery.

            ## Verdict

            A warm, funny and wonderfully acted little comedy.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("pros-and-cons-other-words", () -> AnswerRig.botOver(Map.of(
            "larch-hollow.md", LARCH, "quill-street.md", QUILL)));

    @Test
    void downsides_areTheComplaints_notThePraise() {
        Answer answer = BOT.ask("downsides of larch hollow");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).containsAnyOf("clumsy", "stilted", "lazy")
                .doesNotContain("gorgeous").doesNotContain("superb");
    }

    @Test
    void negatives_areTheComplaints() {
        Answer answer = BOT.ask("larch hollow negatives");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).containsAnyOf("clumsy", "stilted", "lazy")
                .doesNotContain("gorgeous").doesNotContain("superb");
    }

    @Test
    void prosAndCons_quoteBothSides_thePraiseFirst() {
        Answer answer = BOT.ask("pros and cons of larch hollow");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).containsAnyOf("gorgeous", "superb").containsAnyOf("clumsy", "stilted", "lazy");
        assertThat(answer.citations().get(0).quote()).containsAnyOf("gorgeous", "superb");
    }

    @Test
    void strengthsAndWeaknesses_quoteBothSides() {
        Answer answer = BOT.ask("larch hollow strengths and weaknesses");

        assertThat(answer.text()).containsAnyOf("gorgeous", "superb").containsAnyOf("clumsy", "stilted", "lazy");
    }

    @Test
    void twoThingsAskedForOnOneSide_areNoProsAndCons() {
        Answer answer = BOT.ask("what was good and memorable about larch hollow");

        assertThat(answer.text()).containsAnyOf("gorgeous", "superb").doesNotContain("clumsy", "stilted", "lazy");
    }
}
