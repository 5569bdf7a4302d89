package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who wrote it?" is answered by the sentence that credits a name with the role's work ("Odile Marchetti's
 * screenplay", "the score by Bram Tideswell"), not by one that merely mentions the work beside someone else's name
 * (a character arguing "for a page of dialogue"), nor by a plot sentence in which a character "wrote" something.
 */
class RoleCreditedByItsWorkTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("role-credited-by-its-work", () -> AnswerRig.botOver(Map.of(
            "night-ferry.md", """
                    ---
                    title: Night Ferry
                    reviewer: Ada Gray
                    ---
                    I worked twenty years on the Holyhead boats, so my daughter made me watch Night Ferry and write
                    this.

                    ## Where the writing slips

                    The captain, Hollis Brand, played by Teodor Vance, argues with the coastguard for a full page of
                    dialogue while the engine room floods, which no captain has ever done.

                    ## Where it shines

                    The radio talk, mostly. Odile Marchetti's screenplay gets the harbour calls nearly word-perfect:
                    the readbacks, the "say again", the calm voices. Lena Ashby stars as the purser and is wonderful.
                    """,
            "canvas-ring.md", """
                    ---
                    title: Iron Count
                    reviewer: Hamish Lowe
                    ---
                    An old boxer gets one more title fight: you have seen it before. What keeps Iron Count standing,
                    from director Ulla Brenner and writer Fenella Strand, is a superb lead performance.

                    ## Story

                    Rab Kerr works nights on the docks and trains at dawn in a gym run by his sister, Morag. When a
                    promoter offers him a bout against the champion Dex Tully, he takes it. Strand's script hits every
                    cliche of the genre.

                    ## Performances

                    Dominic Achebe gives Tully more dignity than the script does.
                    """)));

    @Test
    void whoWroteIt_isTheNameCreditedWithTheScreenplay_notACastSentenceMentioningDialogue() {
        Answer answer = BOT.ask("who wrote night ferry");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("Odile Marchetti").doesNotContain("Teodor Vance");
    }

    @Test
    void whoWroteIt_isTheNamedWriter_beforeThePlotUnderTheStoryHeading() {
        Answer answer = BOT.ask("who wrote iron count");

        assertThat(answer.text()).contains("writer Fenella Strand").doesNotContain("Rab Kerr");
    }
}
