package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is it sad?" asked of one film whose review never says "sad": the sentence that says so in other words ("I wept")
 * answers it; a review with nothing near the quality still says it does not say.
 */
class OneFilmQualityTest {

    private static final String HOLLOW_OAK = """
            ---
            title: Hollow Oak
            reviewer: Bea Lindqvist
            ---

            Hollow Oak follows a retired forester who walks his old woods one last time before they are felled. The
            photography of the beeches in autumn is glorious. I wept through the last twenty minutes, when he says
            goodbye to his dog at the gate. The script leans on voice-over, and the middle section wanders.
            """;

    private static final String PARCEL_DASH = """
            ---
            title: Parcel Dash
            reviewer: Tomasz Wierzbicki
            ---

            Parcel Dash follows a courier racing across Leeds to deliver a wedding cake before three o'clock. The
            editing is quick, the traffic stunts are clever, and the cake survives a tram, a canal and a goose. The
            supporting cast of drivers is strong. The ending, at the church door, is sweet, and everyone can see it coming.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("one-film-quality", () -> AnswerRig.botOver(Map.of(
            "hollow-oak.md", HOLLOW_OAK, "parcel-dash.md", PARCEL_DASH)));

    @Test
    void aQualityTheReviewSaysInOtherWords_isAnsweredByThatSentence() {
        Answer answer = BOT.ask("is hollow oak sad?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("I wept through the last twenty minutes");
    }

    @Test
    void aQualityNothingInTheReviewComesNear_isStillDeclined() {
        Answer answer = BOT.ask("is parcel dash sad?");

        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void theQualityAsked_isTheOneWordAfterIs_andNothingWhenAFactFollows() {
        List<String> named = List.of("Hollow Oak");

        assertThat(ComparedQuestion.asked("is hollow oak sad?", named)).contains("sad");
        assertThat(ComparedQuestion.asked("Is Hollow Oak actually depressing at all", named)).contains("depressing");
        assertThat(ComparedQuestion.asked("is hollow oak a true story", named)).isEmpty();
        assertThat(ComparedQuestion.asked("is hollow oak on netflix", named)).isEmpty();
    }
}
