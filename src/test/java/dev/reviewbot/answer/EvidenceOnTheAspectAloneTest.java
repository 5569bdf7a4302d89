package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which film has the best score?": the winner's evidence is a sentence judging its score, not a verdict that lists
 * the score in passing beside the lead and the photography, however warmly that verdict reads.
 */
class EvidenceOnTheAspectAloneTest {

    private static final String BELL = """
            ---
            title: Bell Orchard
            reviewer: Maya Lind
            rating: 5/5
            ---

            Bell Orchard is a drama about a glass-blower and her estranged brother.

            ## Score

            Eliska Marek's score is used sparingly, for solo cello and glass harmonica. It is the best film score I have heard in years, fragile and aching.

            ## Verdict

            With a superb central performance, ravishing photography and a score you will want to hear again the moment the credits roll, it is a wonderful, big-hearted film.
            """;

    private static final String DUST = """
            ---
            title: Dust Road
            reviewer: Colin Ash
            rating: 2/5
            ---

            Dust Road is a western about two brothers driving cattle to a railhead.

            ## Music

            The score is a dull, forgettable drone that smothers every scene.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("evidence-aspect-alone", () -> AnswerRig.botOver(Map.of(
            "bell-orchard.md", BELL, "dust-road.md", DUST)));

    @Test
    void bestScore_isShownByTheSentenceOnTheScore_notByAVerdictListingIt() {
        Answer answer = BOT.ask("which film has the best score?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Bell Orchard");
        assertThat(answer.citations().get(0).quote()).contains("best film score");
        assertThat(answer.text()).doesNotContain("ravishing photography");
    }
}
