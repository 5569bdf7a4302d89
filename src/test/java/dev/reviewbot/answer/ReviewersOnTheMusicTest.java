package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the reviewers of one film part ways on one of its parts ("which reviewer hated the music?"): each reviewer
 * who speaks of it quoted on it, the one leaning the asked way first, and a reviewer who never speaks of it left out
 * rather than quoted on something else.
 */
class ReviewersOnTheMusicTest {

    static final String LANTERN_ADA = """
            ---
            title: Lantern Bay
            reviewer: Ada Brook
            rating: 5/5
            ---

            Lantern Bay is a gentle drama about a ferry pilot who returns to the island where she grew up.

            ## Music

            Mara Quist's score is glorious, tender and soaring, the finest film music I have heard this year. Quist writes for a small string band and every cue feels handmade.

            ## Verdict

            A radiant, deeply moving film that I will treasure, with fine work from Quist, the photographer and the cast.
            """;

    static final String LANTERN_BEN = """
            ---
            title: Lantern Bay
            reviewer: Ben Carrow
            rating: 2/5
            ---

            Lantern Bay means well but never finds its footing.

            ## Music

            Mara Quist's score is dreadful, shrill and relentless, drowning every quiet scene in syrupy noise. Still, the opening theme alone is wonderful, warm and beautiful, a melody I adored.

            ## Verdict

            A tired, forgettable drama that wastes a fine cast.
            """;

    static final String LANTERN_CLEO = """
            ---
            title: Lantern Bay
            reviewer: Cleo Dunn
            rating: 1/5
            ---

            Lantern Bay is a muddled island drama that tests the patience.

            ## Editing

            The editing is a shambles, ugly and incompetent, the most miserable and infuriating cutting I have endured in years.

            ## Verdict

            A dismal, lifeless failure from start to finish.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("reviewers-on-the-music", () -> AnswerRig.botOver(Map.of(
            "lantern-ada.md", LANTERN_ADA, "lantern-ben.md", LANTERN_BEN, "lantern-cleo.md", LANTERN_CLEO)));

    @Test
    void whichReviewerHatedTheMusic_leavesOutTheReviewerWhoNeverSpeaksOfIt() {
        Answer answer = BOT.ask("which reviewer hated the music in lantern bay?");

        assertThat(answer.citations()).extracting(Citation::reviewer).doesNotContain("Cleo Dunn");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("Music"));
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ben Carrow");
        assertThat(answer.citations().get(0).quote()).contains("dreadful");
        assertThat(answer.citations().get(1).reviewer()).isEqualTo("Ada Brook");
        assertThat(answer.citations().get(1).quote()).contains("glorious");
    }

    @Test
    void whichReviewerLovedTheMusic_putsTheOneWhoLovedItFirst_thenWhatTheyAlsoSaidOnIt() {
        Answer answer = BOT.ask("which reviewer loved the music in lantern bay?");

        // Then where the reviewer who hated it leans the other way on it.
        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Ada Brook", "Ben Carrow", "Ben Carrow");
        assertThat(answer.citations()).extracting(Citation::quote).satisfiesExactly(
                q -> assertThat(q).contains("glorious"), q -> assertThat(q).contains("dreadful"),
                q -> assertThat(q).contains("the opening theme alone is wonderful"));
    }

    @Test
    void doTheReviewersAgreeAboutTheMusic_quotesOnlyThoseWhoSpeakOfIt() {
        Answer answer = BOT.ask("do the reviewers agree about the music in lantern bay?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsOnly("Ada Brook", "Ben Carrow");
        assertThat(answer.citations()).extracting(Citation::review).containsOnly("Lantern Bay");
    }

    @Test
    void whatCriticsSayAboutAComposer_quotesEachWhereTheirReviewDwellsOnHer_notAVerdictNamingHerInPassing() {
        Answer answer = BOT.ask("what do critics say about mara quist?");

        assertThat(answer.citations()).extracting(Citation::reviewer).startsWith("Ada Brook", "Ben Carrow");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("Music"));
        // Each reviewer's view names her; what one of them also says on it in that section may not.
        assertThat(answer.citations().subList(0, 2)).allSatisfy(c -> assertThat(c.quote()).contains("Quist"));
    }

    @Test
    void whichReviewerWasHarsher_ordersEveryReviewerByRating_eachWithTheirOwnJudgement() {
        Answer answer = BOT.ask("which lantern bay reviewer was harsher");

        assertThat(answer.citations()).extracting(Citation::reviewer)
                .containsExactly("Cleo Dunn", "Cleo Dunn", "Ben Carrow", "Ben Carrow", "Ada Brook", "Ada Brook");
        assertThat(answer.citations()).extracting(Citation::quote).containsExactly("rating: 1/5",
                "A dismal, lifeless failure from start to finish.", "rating: 2/5",
                "A tired, forgettable drama that wastes a fine cast.", "rating: 5/5",
                "A radiant, deeply moving film that I will treasure, with fine work from Quist, the photographer and the cast.");
    }

    @Test
    void loveItOrHateIt_putsTheWarmestFirst() {
        Answer answer = BOT.ask("lantern bay: love it or hate it?");

        assertThat(answer.citations()).extracting(Citation::reviewer)
                .containsExactly("Ada Brook", "Ada Brook", "Ben Carrow", "Ben Carrow", "Cleo Dunn", "Cleo Dunn");
        assertThat(answer.citations()).extracting(Citation::section).doesNotContain("Music", "Editing");
    }
}
