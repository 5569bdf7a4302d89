package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is X worth seeing?" and "X?" quote the verdict and then the review's own rating, where the rating is not already in
 * the quote; a film whose reviews' ratings would not all fit beside their verdicts gets the verdicts alone.
 */
class VerdictWithItsRatingTest {

    private static final String FERRY = """
            Review by lou_by_the_lake ★★★½

            Rewatched with my dad, who fell asleep during the regatta and woke up for the kiss.

            The Marigold Ferry is a romance set on Lake Orta. Elio Farrant plays Nico, a widowed ferryman.

            Half a star off for the harbourmaster. Still going in my favourites of the year list.
            """;

    private static final String LANE = """
            [Review] Cinder Lane (spoilers)

            Saw it last night at a preview. Cinder Lane is a sci-fi thriller about a cul-de-sac in Leeds.

            The middle drags a bit and the twist is easy to guess. Flawed but the most original thing this year. Overall I'd say 7/10.
            """;

    private static final String HARBOUR_GRAY = """
            ---
            title: Harbour Lights
            reviewer: Ada Gray
            rating: 4/5
            ---
            ## Story

            A lighthouse keeper and her daughter wait out a winter storm.

            ## Verdict

            Warm, patient and beautifully shot. See it on a big screen.
            """;

    private static final String HARBOUR_HOLT = """
            ---
            title: Harbour Lights
            reviewer: Ben Holt
            rating: 2/5
            ---
            ## Story

            A lighthouse keeper and her daughter wait out a winter storm.

            ## Verdict

            Handsome but inert. Nothing happens for two hours.
            """;

    private static final String LOG = """
            OBSERVING LOG
            Observer: Lenora Feaver, film critic of the Bollin Valley Chronometer

            19:40 A radio telescope on the Cheshire plain picks up a signal from a moon of Uranus.

            20:30 Ksawery Kaszuba's score is a humming synthesiser that sounds like the telescope listening.

            Notes for the log

            The ending does not explain the signal, and it should not. Rating: 8 out of 10.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("verdict-with-its-rating", () -> AnswerRig.botOver(Map.of(
            "the-marigold-ferry.txt", FERRY, "cinder-lane.txt", LANE,
            "harbour-lights-gray.md", HARBOUR_GRAY, "harbour-lights-holt.md", HARBOUR_HOLT, "umbriel.txt", LOG)));

    @Test
    void aVerdict_isFollowedByTheReviewsRating() {
        Answer answer = BOT.ask("is the marigold ferry worth seeing?");

        assertThat(answer.citations()).hasSize(2);
        assertThat(answer.citations().get(0).quote()).contains("Half a star off").doesNotContain("★");
        assertThat(answer.citations().get(1).quote()).contains("★★★½");
        assertThat(answer.citations().get(1).label()).contains("The Marigold Ferry").contains("lou_by_the_lake");
    }

    @Test
    void aTitleAlone_getsTheRatingToo() {
        assertThat(BOT.ask("marigold ferry?").citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("★★★½"));
    }

    @Test
    void aRatingAlreadyInTheVerdictsQuote_isNotQuotedAgain() {
        Answer answer = BOT.ask("is cinder lane worth seeing?");

        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.citations().get(0).quote()).contains("7/10");
    }

    @Test
    void reviewsWhoseRatingsWouldNotAllFit_getTheirVerdictsAlone() {
        Answer answer = BOT.ask("is harbour lights worth seeing?");

        assertThat(answer.citations()).extracting(Citation::quote)
                .containsExactlyInAnyOrder("Warm, patient and beautifully shot. See it on a big screen.",
                        "Handsome but inert. Nothing happens for two hours.");
    }

    @Test
    void aFilmAndTheWordScore_getsItsMusic_andItsRating_butItsMusicOrAQuestionOnTheScore_doesNot() {
        Answer score = BOT.ask("umbriel score");
        Answer music = BOT.ask("umbriel music");
        Answer asked = BOT.ask("how is the score in umbriel?");

        assertThat(score.citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("humming synthesiser")).anyMatch(q -> q.contains("8 out of 10"));
        assertThat(music.citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("humming synthesiser")).noneMatch(q -> q.contains("8 out of 10"));
        assertThat(asked.citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("humming synthesiser")).noneMatch(q -> q.contains("8 out of 10"));
    }
}
