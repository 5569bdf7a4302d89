package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What are the weaknesses of X?" and "what is good about the music in X?": the sentences leaning the asked way,
 * from the review's pros or cons section where it has one, narrowed to the aspect when one is asked about, and from
 * anywhere in a review that has no such section.
 */
class ProsAndConsOnAnAspectTest {

    private static final String IRON = """
            ---
            title: Iron Meadow
            reviewer: Gus Harrow
            rating: 3/5
            ---

            Iron Meadow is a drama about a blacksmith's family in a mining village during a long strike.

            ## What Works

            The photography is gorgeous, all coal smoke and low winter sun. The score is a triumph, rich and haunting and beautifully played. The lead performance is warm, funny and deeply moving.

            ## What Doesn't

            The editing is sloppy and the pacing drags badly through the second hour. In the final reel the score turns loud, shrill and tiresome, hammering every feeling home.

            ## Verdict

            Uneven but often beautiful.
            """;

    private static final String WILLOW = """
            ---
            title: Willow Station
            reviewer: Hana Pike
            rating: 2/5
            ---

            Willow Station is a ghost story set in a disused railway station.

            ## Story

            The script is lazy and predictable, and the twist is obvious from the first scene. The ghost herself is an eerie, well-made effect.

            ## Verdict

            A dull, forgettable chiller.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("pros-and-cons-aspect", () -> AnswerRig.botOver(Map.of(
            "iron-meadow.md", IRON, "willow-station.md", WILLOW)));

    @Test
    void weaknesses_comeFromTheConsSection_notThePros() {
        Answer answer = BOT.ask("what are the weaknesses of iron meadow?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("What Doesn't"));
        assertThat(answer.text()).doesNotContain("triumph").doesNotContain("gorgeous");
    }

    @Test
    void strengths_comeFromTheProsSection_notTheCons() {
        Answer answer = BOT.ask("what are the strengths of iron meadow?");

        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("What Works"));
        assertThat(answer.text()).doesNotContain("sloppy").doesNotContain("shrill");
    }

    @Test
    void weaknessesOfTheMusic_quoteTheComplaintAboutTheScore_notTheEditing() {
        Answer answer = BOT.ask("what are the weaknesses of the music in iron meadow?");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("shrill");
        assertThat(answer.text()).doesNotContain("sloppy").doesNotContain("triumph");
    }

    @Test
    void whatIsGoodAboutTheMusic_quotesThePraiseOfTheScore_notTheComplaints() {
        Answer answer = BOT.ask("what is good about the music in iron meadow?");

        assertThat(answer.citations().get(0).quote()).contains("triumph");
        assertThat(answer.text()).doesNotContain("shrill").doesNotContain("sloppy");
    }

    @Test
    void weaknessesOfAFilmWithNoConsSection_areItsComplaints_whereverTheyStand() {
        Answer answer = BOT.ask("what are the weaknesses of willow station?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.review()).isEqualTo("Willow Station"));
        assertThat(answer.text()).containsAnyOf("lazy", "dull").doesNotContain("well-made");
    }
}
