package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is everyone good in X?", "is the whole cast good?", "are the actors all good?": yes for some of the cast and no
 * for others, so the best and the worst the review says of the acting answer, not its other praise or complaints.
 */
class WholeCastAskedTest {

    private static final String LANTERN_ROW = """
            ---
            title: Lantern Row
            reviewer: Mira Dale
            ---

            Lantern Row is a comedy about a street of lamplighters in 1890s Leeds.

            ## Review

            Ada Brisk plays Nell, the youngest lamplighter, and she is wonderful: quick, warm and very funny. The photography of the gaslit street is gorgeous, the loveliest I have seen this year. Tom Velder plays her brother Alf, and he is stiff and dull in every scene. The script runs out of jokes in the last half hour, which is a miserable slog.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("whole-cast-asked", () -> AnswerRig.botOver(Map.of("lantern-row.md", LANTERN_ROW)));

    @Test
    void isEveryoneGood_quotesTheBestAndTheWorstSaidOfTheActing() {
        for (String asked : new String[] {"is everyone good in lantern row?", "is the whole cast of lantern row good",
                "are the actors in lantern row all good?"}) {
            Answer answer = BOT.ask(asked);

            assertThat(answer.citations()).as(asked).extracting(Citation::quote)
                    .anyMatch(q -> q.contains("she is wonderful")).anyMatch(q -> q.contains("he is stiff and dull"))
                    .noneMatch(q -> q.contains("photography") || q.contains("script"));
        }
    }

    @Test
    void isOneActorGood_isStillAboutThatActorAlone() {
        Answer answer = BOT.ask("is tom velder good in lantern row?");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.quote()).doesNotContain("she is wonderful"));
    }
}
