package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Metadata as web reviews of other shapes give it: a score closing a short sentence mid-paragraph ("Overall I'd say
 * 7/10."), a runtime written out in words, "rated higher" asking for the ratings, a reviewer named in full beside
 * another who shares her surname, and a question that is a title ending in a word that is someone's surname.
 */
class MetadataInNewShapesTest {

    private static final String DOCK = """
            ---
            title: Amber Dock
            reviewer: Lars Quill
            ---
            A slow harbour drama. Tomas Reyes is magnificent as Esme Lane, the harbour master who will not sell her boats,
            and the fog looks wonderful. And Tomas Reyes, as the stubborn Esme Lane, is the reason to see it.
            """;

    private static final String LANE = """
            [Review] Cinder Lane (spoilers)

            Saw it last night at a preview. For anyone who hasn't seen it: Cinder Lane is a sci-fi thriller about a cul-de-sac in Leeds.

            The same house burns down every night and Marnie has to stop it. Bex Sandoval is great as Marnie, furious and funny. Runtime is 1h 47m and it flies.

            The middle drags a bit and the twist is easy to guess. Overall I'd say 7/10. Flawed but it's the most original thing I've seen this year.
            """;

    private static final String STAIR = """
            ---
            title: Velvet Stair
            reviewer: Sorrel Quill
            rating: 4/5
            ---
            ## The Show

            A speakeasy musical with tap shoes and trumpets, and Noa Reyes dances like a tornado.

            ## The Problems

            At two hours and eight minutes, it's too long, and the last act piles a raid on a fire on a shootout.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("metadata-in-new-shapes", () -> AnswerRig.botOver(Map.of(
            "amber-dock.md", DOCK, "cinder-lane.txt", LANE, "velvet-stair.md", STAIR)));

    @Test
    void aScoreClosingAShortSentence_isTheReviewsRating() {
        Answer answer = BOT.ask("what rating did cinder lane get");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("7/10");
    }

    @Test
    void theScoreOnAFilm_isItsRating_theScoreForItLike_isNot() {
        assertThat(BOT.ask("whats the score on velvet stair").citations()).extracting(Citation::quote)
                .containsExactly("rating: 4/5");
        assertThat(BOT.ask("what's the score for velvet stair like").citations()).extracting(Citation::quote)
                .noneMatch(q -> q.contains("4/5"));
    }

    @Test
    void aRuntimeWrittenInWords_isCompared() {
        Answer answer = BOT.ask("is cinder lane longer than velvet stair");

        assertThat(answer.text()).contains("Velvet Stair runs 128 minutes").contains("Cinder Lane runs 107 minutes");
        assertThat(answer.citations().get(0).review()).isEqualTo("Velvet Stair");
    }

    @Test
    void ratedHigher_asksForTheRatings_theHigherFirst() {
        Answer answer = BOT.ask("which is rated higher, cinder lane or velvet stair");

        assertThat(answer.citations().get(0).review()).isEqualTo("Velvet Stair");
        assertThat(answer.citations()).extracting(Citation::quote).anyMatch(q -> q.contains("4/5")).anyMatch(q -> q.contains("7/10"));
    }

    @Test
    void aHigherScore_isTheHigherRating_notTheBetterMusic() {
        for (String question : List.of("which got the higher score, cinder lane or velvet stair",
                "which scored higher with its reviewer, cinder lane or velvet stair")) {
            Answer answer = BOT.ask(question);

            assertThat(answer.citations().get(0).review()).as(question).isEqualTo("Velvet Stair");
            assertThat(answer.citations()).extracting(Citation::quote).as(question)
                    .anyMatch(q -> q.contains("4/5")).anyMatch(q -> q.contains("7/10"));
        }
    }

    @Test
    void aReviewerNamedInFull_isHer_notAnotherWithHerSurname() {
        Answer answer = BOT.ask("what did sorrel quill give velvet stair");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("4/5");
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Sorrel Quill");
    }

    @Test
    void aQuestionThatIsOnlyATitle_namesNoOneByItsLastWord() {
        Answer answer = BOT.ask("cinder lane");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Cinder Lane");
    }
}
