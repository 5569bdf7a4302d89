package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which movie is set in a Lisbon jazz cellar?" asks which film its words describe: the film whose review holds them,
 * although every other review's story section is closer to "set in" than the paragraph that says so.
 */
class WhichFilmByWhatItHoldsTest {

    private static String review(String title, String reviewer, String opening, String story) {
        return """
                ---
                title: %s
                reviewer: %s
                ---
                ## First Impressions

                %s

                ## Story

                %s

                ## Verdict

                A good film, worth seeing.
                """.formatted(title, reviewer, opening, story);
    }

    private static Map<String, String> library() {
        Map<String, String> files = new HashMap<>();
        files.put("copper-kettle.md", review("Copper Kettle", "Agnes Ware", "A widowed baker in Dundee enters a televised cake contest.",
                "The story is set in a Dundee bakery in 1962, and the plot follows the contest round by round."));
        files.put("north-light.md", review("North Light", "Ben Ode", "A lighthouse keeper on Fair Isle takes in a shipwrecked sailor.",
                "The script is set in a Shetland winter, and its story of two lonely men is told with patience."));
        files.put("grey-lanes.md", review("Grey Lanes", "Cora Finch", "Two brothers drive a stolen hearse from Leeds to the coast.",
                "The screenplay is set in Yorkshire, and the plot is a road trip that never quite gets going. The jokes about"
                        + " the hearse fall flat, the jokes about the coast are worse, and none of the jokes land."));
        files.put("paper-moons.md", review("Paper Moons", "Dev Rao", "A retired magician teaches his granddaughter one last trick.",
                "The story is set in a seaside town, and the writing is warm and funny. The jokes are the best I have heard"
                        + " all year, and the audience roared."));
        files.put("blue-hour-club.md", review("Blue Hour Club", "Eva Lind",
                "It is the most fun I have had at the movies this year, a swaggering tale of a Lisbon jazz cellar in 1931"
                        + " where a cloakroom girl becomes a star.",
                "The story is a familiar rise and fall, but the script is witty and quick."));
        return files;
    }

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("which-film-by-what-it-holds", () -> AnswerRig.botOver(library()));

    @Test
    void theFilmWhoseReviewHoldsTheDescription_answers() {
        Answer answer = BOT.ask("which movie is set in a lisbon jazz cellar");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Blue Hour Club"));
    }

    @Test
    void askingWhichFilmIsBest_ranksTheFilmsOnIt_notByWhichHoldsTheWordsMost() {
        Answer answer = BOT.ask("which movie has the funniest jokes");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Paper Moons"));
    }
}
