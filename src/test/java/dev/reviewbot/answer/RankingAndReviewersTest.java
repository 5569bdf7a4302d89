package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Films ranked on an aspect (which comes first, which reviewer is quoted for it, how many films are shown) and
 * reviewers of one film set against each other on it (who is quoted first, who is left out for never speaking to
 * it), over three films whose reviews differ on the music and the action.
 */
class RankingAndReviewersTest {

    private static final String BAY_ADA = """
            ---
            title: Lantern Bay
            reviewer: Ada Quill
            rating: 5/5
            ---

            Lantern Bay follows a lighthouse keeper's daughter who runs the family boatyard after a storm.

            ## Music

            The music is glorious: a soaring, tender score that lifts every scene and stays with you for days.

            ## Action

            The stunts on the breakwater are spectacular, the finest rescue sequence I have seen in years.

            ## Verdict

            A wonderful, moving film that I loved from the first frame to the last.
            """;

    private static final String BAY_BEN = """
            ---
            title: Lantern Bay
            reviewer: Ben Sallow
            rating: 2/5
            ---

            Lantern Bay is a seaside drama about a boatyard and the family that runs it.

            ## Music

            The music is grating and shrill, a relentless wall of strings that drowns the actors. Heard on its own the main theme is lovely and delicate.

            ## Verdict

            A tiresome, overwrought film that I would not sit through again.
            """;

    private static final String BAY_CAL = """
            ---
            title: Lantern Bay
            reviewer: Cal Moreno
            rating: 3/5
            ---

            Lantern Bay is a family story set in a boatyard on a windy coast.

            ## Cast

            Mara Oakes plays the daughter with quiet conviction, and the supporting cast is solid.
            """;

    private static final String SLATE = """
            ---
            title: Slate River
            reviewer: Dora Fenn
            rating: 1/5
            ---

            Slate River is a crime thriller about a smuggler who works the barges of a northern river.

            ## Music

            The music is dreadful: shrill, cheap synthesisers that make every tense moment sound like a ringtone.

            ## Action

            The stunt work in the fistfights is clumsy, murky and dull. The car chase along the towpath is superb, thrilling and wonderfully staged.

            ## Verdict

            A dreary, muddled thriller and a waste of an evening.
            """;

    private static final String KITES = """
            ---
            title: Paper Kites
            reviewer: Eli Brandt
            rating: 3/5
            ---

            Paper Kites is a gentle comedy about a retired teacher who enters a kite festival.

            ## Music

            The music is pleasant and serviceable, a light guitar score that does its job.

            ## Verdict

            An agreeable, modest comedy.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ranking-and-reviewers", () -> AnswerRig.botOver(Map.of(
            "lantern-bay-ada.md", BAY_ADA, "lantern-bay-ben.md", BAY_BEN, "lantern-bay-cal.md", BAY_CAL,
            "slate-river.md", SLATE, "paper-kites.md", KITES)));

    @Test
    void bestMusic_ranksTheFilmEveryReviewerLikesAboveOneTheySplitOn_quotingTheReviewerWhoLovedIt_andShowsTwoFilms() {
        Answer answer = BOT.ask("which film has the best music?");

        // Each review counts once: Lantern Bay's rave and its pan average below Paper Kites' mild praise.
        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Paper Kites", "Lantern Bay");
        assertThat(answer.citations().get(1).reviewer()).isEqualTo("Ada Quill");
        assertThat(answer.citations().get(1).quote()).contains("glorious");
    }

    @Test
    void worstMusic_ranksTheFilmItsReviewerPans_quotingThePan() {
        Answer answer = BOT.ask("which film has the worst music?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Slate River");
        assertThat(answer.citations().get(0).quote()).contains("dreadful");
        assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("glorious"));
    }

    @Test
    void whichReviewerHatedTheMusic_quotesThePanFirst_theRaveAfter_andSecondThoughtsLast() {
        Answer answer = BOT.ask("which reviewer hated the music in lantern bay?");

        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ben Sallow");
        assertThat(answer.citations().get(0).quote()).contains("grating");
        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Ada Quill");
        assertThat(answer.citations().get(answer.citations().size() - 1).quote()).contains("lovely and delicate");
    }

    @Test
    void whichReviewerLovedTheMusic_quotesThePraiseFirst() {
        Answer answer = BOT.ask("which reviewer loved the music in lantern bay?");

        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ada Quill");
        assertThat(answer.citations().get(0).quote()).contains("glorious");
        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Ben Sallow");
    }

    @Test
    void doTheReviewersAgreeOnTheMusic_quotesAReviewersSecondThoughtsAfterEveryReviewersMainView() {
        Answer answer = BOT.ask("do the reviewers agree about the music in lantern bay?");

        assertThat(answer.citations()).extracting(Citation::reviewer).doesNotContain("Cal Moreno");
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::reviewer).containsExactlyInAnyOrder("Ada Quill", "Ben Sallow");
        assertThat(answer.citations()).extracting(Citation::quote).anyMatch(q -> q.contains("lovely and delicate"));
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("Music"));
    }

    @Test
    void isOneBetterThanAnother_putsTheBetterRatedFirst_andCitesTheLosersRating() {
        Answer answer = BOT.ask("is slate river better than paper kites?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Paper Kites");
        assertThat(answer.citations()).filteredOn(c -> c.review().equals("Slate River"))
                .extracting(Citation::quote).anyMatch(q -> q.contains("1/5"));
    }

    @Test
    void whichFilmsWereDisliked_putsTheLowestRatedFirst_andShowsOnlyTheTwoLowest() {
        Answer answer = BOT.ask("which films did reviewers dislike?");

        // Ratings on one scale: Slate River 1/5, Paper Kites 3/5, Lantern Bay 5, 2 and 3 of 5.
        assertThat(answer.citations().get(0).review()).isEqualTo("Slate River");
        assertThat(answer.citations()).extracting(Citation::review).contains("Paper Kites").doesNotContain("Lantern Bay");
    }

    @Test
    void isOneWorseThanAnother_putsTheWorseRatedFirst() {
        Answer answer = BOT.ask("is slate river worse than paper kites?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Slate River");
        assertThat(answer.citations()).extracting(Citation::review).contains("Paper Kites");
    }

    @Test
    void whichHasBetterMusic_putsTheFilmWhoseReviewPraisesItFirst_quotingEachFilmOnTheMusic() {
        Answer answer = BOT.ask("slate river or paper kites, which has better music?");

        assertThat(answer.citations()).extracting(Citation::review).containsSubsequence("Paper Kites", "Slate River");
        assertThat(answer.citations().get(0).quote()).contains("pleasant");
        assertThat(answer.citations()).extracting(Citation::quote).anyMatch(q -> q.contains("dreadful"));
    }

    @Test
    void bestStunts_quoteEachFilmsPraiseOfThem_notTheComplaintBesideIt() {
        Answer answer = BOT.ask("which film has the best stunts?");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Lantern Bay", "Slate River");
        assertThat(answer.citations().get(0).quote()).contains("spectacular");
        assertThat(answer.citations().get(1).quote()).contains("car chase").doesNotContain("fistfights");
    }
}
