package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who plays the lighthouse keeper?" naming no film: the sentence holding the role's own words answers, even in a
 * review without headings, before a sentence under a "Performances" heading that holds fewer of them.
 */
class RoleAskedByItsWordsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("role-words", RoleAskedByItsWordsTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "pear-harvest.md", """
                        ---
                        title: Pear Harvest
                        reviewer: Maya Lind
                        ---
                        A family drama on a fruit farm in the autumn, slow and tender.

                        ## Performances

                        The cast is strong throughout, and the children are natural. Matthias Brandt is heartbreaking as
                        her father, a proud orchard keeper whose memory is slipping.

                        ## Verdict

                        A small, sad film, worth the patience.
                        """,
                "the-far-isle.txt", """
                        The Far Isle follows a mapmaker sent to survey a tiny island with one pub and one lighthouse.

                        Nerys Achebe as Morag, the lighthouse keeper, is the only person who tells him the truth.

                        It is slow, but the island is beautifully shot and the ending stays with you.
                        """,
                "the-ice-rink.md", """
                        ## The story
                        A former skater returns to Duluth to sell her mother's rink and ends up coaching the girls' hockey team.

                        ## The cast
                        Greer Ashdown stars as the coach, and twelve-year-old Esme Varga steals every scene as Birdie, the goalie.

                        ## For families
                        Kids will love the goalie's saves, and there is nothing here to scare them.
                        """));
    }

    @Test
    void theSentenceHoldingTheRolesWords_answers_beforeOneUnderAHeadingOnActing() {
        Answer answer = BOT.ask("who plays the lighthouse keeper");

        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.review()).isEqualTo("The Far Isle");
            assertThat(c.quote()).contains("Nerys Achebe");
        });
    }

    /** "Playing" asks about the cast as "plays" does: the kid is who plays the part, not whom the film suits. */
    @Test
    void whoIsTheKidPlaying_asksForTheActor_notTheAudience() {
        Answer answer = BOT.ask("whos the kid playing the goalie in the ice rink");

        assertThat(answer.citations()).isNotEmpty().first().satisfies(c -> assertThat(c.quote()).contains("Esme Varga"));
    }
}
