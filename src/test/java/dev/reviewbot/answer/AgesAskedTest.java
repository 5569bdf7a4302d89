package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A child's age in a question is no year asked for, and a parents' guide's age line is the film's age rating. */
class AgesAskedTest {

    private static final String GUIDE = """
            Paper Lantern
            By Ada Quill, Family Screen
            Age: 7+

            Paper Lantern is a gentle animated tale about a boy who folds a lantern that can talk.

            What Parents Need to Know
            There is one scary storm, and nothing here a twelve-year-old couldn't watch.

            Our Take
            A handmade treat with a villain kids will love to boo. Our rating: 4 out of 5.
            """;

    private static final String CREDITS_TABLE = """
            # The Hollow Saints

            A handsome southern gothic that runs out of ideas long before it runs out of candles.

            | Credit | Name |
            |---|---|
            | Director | Beatrix Sandoval |
            | Runtime | 121 minutes |
            | Rated | R |

            ## Verdict
            Horror fans should see it for the boat scene. Rating: 3/5
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ages-asked", () -> AnswerRig.botOver(Map.of("paper-lantern.txt", GUIDE,
            "the-hollow-saints.md", CREDITS_TABLE)));

    @Test
    void aParentsGuidesAgeLine_isTheAgeRating() {
        Answer rating = BOT.ask("paper lantern age rating");

        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations().get(0).quote()).contains("7+");
    }

    /** A row of a credits table is a line of its own, "Rated: R", whatever rows stand around it. */
    @Test
    void aCreditsTablesRatedRow_isTheAgeRating() {
        Answer rating = BOT.ask("what age rating does the hollow saints have");

        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations().get(0).quote()).isEqualTo("Rated: R");
    }

    @Test
    void aChildsAge_isNoYearAskedFor() {
        Answer age = BOT.ask("can a 12 year old watch paper lantern");

        assertThat(age.text()).doesNotContain("year.").doesNotContain("give its year");
        assertThat(age.grounded()).isTrue();
        assertThat(age.citations().get(0).quote()).contains("twelve-year-old");
    }
}
