package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.review.ReviewFormatException;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10's opinion questions, answered by the polarity scored at ingest: pros and cons (from a section
 * whose heading reads as one, "The Upside" / "Where It Stumbles", though no vocabulary names them),
 * disagreement between two reviewers of one film, and comparisons across films.
 */
class OpinionAnswersTest {

    /** Also read by QuestionEmbeddedOnceTest: a review with pros, cons and music sections. */
    static final String TIDE_ROSA = """
            ---
            title: Copper Tide
            reviewer: Rosa Linden
            rating: 4/5
            ---

            Copper Tide follows a salvage crew who find a sunken ferry full of letters that were never delivered.

            ## The Upside

            Nell Arden gives a wonderful, generous performance as the crew's captain, funny and fierce at once. The underwater photography is breathtaking, a blue-green world of drifting light that I could have watched for hours.

            ## Where It Stumbles

            The middle act is sluggish and repetitive, and the subplot about the harbour master is a tedious dead end. The dialogue is often clumsy and the villain is a dull cliché.

            ## Music

            Pia Sorensen's score is magnificent: lush, stirring and beautifully orchestrated, the best thing I have heard in a cinema this year.

            ## Verdict

            A flawed but lovely adventure that is well worth seeing.
            """;

    private static final String TIDE_HUGO = """
            ---
            title: Copper Tide
            reviewer: Hugo Marsh
            rating: 2/5
            ---

            Copper Tide wants to be a grand sea adventure and rarely gets there.

            ## Cast

            Nell Arden is stranded in a thankless role and looks bored in every scene she is given.

            ## Music

            Pia Sorensen's score is dreadful: loud, shrill and relentless, it smothers every quiet scene with syrup and never lets up.

            ## Verdict

            A soggy, overlong disappointment that I cannot recommend.
            """;

    private static final String ORCHARD = """
            ---
            title: Quiet Orchard
            reviewer: Ines Calloway
            rating: 1/5
            ---

            Quiet Orchard is a drama about two sisters who inherit a failing apple farm.

            ## Cast

            The two leads are stiff and unconvincing, and the acting is the weakest I have seen all year.

            ## Music

            The score by Bram Oster is a bland, forgettable drone that adds nothing and grows irritating long before the end.

            ## Verdict

            A dreary, lifeless slog that wastes its cast and its setting; skip it.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("copper-tide", OpinionAnswersTest::bot);

    static ReviewBot bot() {
        ReviewParser parser = new ReviewParser(64 * 1024);
        ReviewBot bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
        try {
            bot.library().ingest(List.of(parser.parse("copper-tide-rosa.md", TIDE_ROSA.getBytes(StandardCharsets.UTF_8), null),
                    parser.parse("copper-tide-hugo.md", TIDE_HUGO.getBytes(StandardCharsets.UTF_8), null),
                    parser.parse("quiet-orchard.md", ORCHARD.getBytes(StandardCharsets.UTF_8), null)));
        } catch (ReviewFormatException e) {
            throw new IllegalStateException(e);
        }
        return bot;
    }

    @Test
    void weaknesses_quoteTheConsSection_eachSentenceCited() {
        Answer answer = BOT.ask("what are the weaknesses of copper tide?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).hasSizeBetween(1, 3);
        assertThat(answer.citations()).allSatisfy(c -> {
            assertThat(c.review()).isEqualTo("Copper Tide");
            assertThat(c.section()).isEqualTo("Where It Stumbles");
        });
        assertThat(answer.text()).contains("sluggish");
    }

    @Test
    void whatTheReviewerLiked_quotesTheProsSection() {
        Answer answer = BOT.ask("best thing about copper tide");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).section()).isEqualTo("The Upside");
        assertThat(answer.text()).doesNotContain("sluggish").doesNotContain("dreadful");
    }

    @Test
    void whichReviewerHatedTheScore_putsTheOneWhoHatedItFirst_andCitesBoth() {
        Answer answer = BOT.ask("which reviewer hated the score in copper tide?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactly("Hugo Marsh", "Rosa Linden");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.section()).isEqualTo("Music"));
        assertThat(answer.citations().get(0).quote()).contains("dreadful");
    }

    @Test
    void doTheReviewersAgree_quotesEachReviewerVerbatim() {
        Answer answer = BOT.ask("do the reviewers agree about the music in copper tide?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactlyInAnyOrder("Hugo Marsh", "Rosa Linden");
        assertThat(answer.citations()).extracting(Citation::quote).allSatisfy(q ->
                assertThat(TIDE_ROSA.contains(q) || TIDE_HUGO.contains(q)).as("verbatim: " + q).isTrue());
    }

    @Test
    void whichFilmHasTheBestScore_ranksFilmsByWhatTheirReviewsSayOnIt() {
        Answer answer = BOT.ask("which film has the best score?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).review()).isEqualTo("Copper Tide");
        assertThat(answer.citations().get(0).quote()).contains("magnificent");
    }

    @Test
    void isOneBetterThanTheOther_andWhichFilmsWereDisliked_goByRatings() {
        Answer better = BOT.ask("is quiet orchard better than copper tide?");
        Answer disliked = BOT.ask("which films did reviewers dislike?");

        assertThat(better.citations().get(0).review()).isEqualTo("Copper Tide");
        assertThat(disliked.citations().get(0).review()).isEqualTo("Quiet Orchard");
    }

    @Test
    void anyComplaints_andWhatTheReviewersLiked_takeTheirSideFromTheQuestion() {
        Answer complaints = BOT.ask("any complaints about copper tide?");
        Answer liked = BOT.ask("what did the reviewers like about copper tide?");

        assertThat(complaints.citations().get(0).section()).isEqualTo("Where It Stumbles");
        assertThat(liked.citations().get(0).section()).isEqualTo("The Upside");
        assertThat(liked.text()).doesNotContain("sluggish");
    }

    @Test
    void whatWorked_andWhatDidNotWork_askForTheProsAndTheCons() {
        Answer worked = BOT.ask("what worked in copper tide?");
        Answer didNot = BOT.ask("what didn't work in copper tide?");

        assertThat(worked.citations().get(0).section()).isEqualTo("The Upside");
        assertThat(didNot.citations().get(0).section()).isEqualTo("Where It Stumbles");
    }

    @Test
    void whoLikedItMore_andWhichCriticWasHarsher_putTheReviewersInTheOrderAsked() {
        Answer liked = BOT.ask("who liked copper tide more?");
        Answer harsher = BOT.ask("which critic was harsher on copper tide?");

        assertThat(liked.citations()).extracting(Citation::reviewer).startsWith("Rosa Linden").contains("Hugo Marsh");
        assertThat(harsher.citations()).extracting(Citation::reviewer).startsWith("Hugo Marsh").contains("Rosa Linden");
    }

    @Test
    void whoLikedItMore_offeringTwoReviewersByWhatTheyWrote_givesEachOnesJudgement_notTheirSentencesOnThoseWords() {
        // "ferry" is a word of Rosa Linden's review, "sea" of Hugo Marsh's: here they tell the reviewers apart.
        Answer answer = BOT.ask("who liked copper tide more, the ferry one or the sea one?");

        assertThat(answer.citations()).extracting(Citation::reviewer).startsWith("Rosa Linden").contains("Hugo Marsh");
        assertThat(answer.citations().get(0).quote()).contains("4/5");
        assertThat(answer.citations()).extracting(Citation::quote).anyMatch(q -> q.contains("2/5"))
                .noneMatch(q -> q.contains("ferry") || q.contains("sea adventure"));
        // Asked of a part, the choice still names the reviewers, but each one's words on the part answer.
        Answer music = BOT.ask("who liked the music in copper tide more, the ferry one or the sea one?");
        assertThat(music.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.quote()).contains("score"));
    }

    @Test
    void thoughtsOnAFilm_askForTheVerdict_notForItsPros() {
        Answer thoughts = BOT.ask("thoughts on copper tide?");
        Answer unusedWord = BOT.ask("thoughts on quiet orchard?");

        assertThat(thoughts.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.section()).isEqualTo("Verdict"));
        assertThat(unusedWord.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.section()).isIn("Verdict", "Front matter"));
        assertThat(unusedWord.citations().get(0).section()).isEqualTo("Verdict");
    }

    @Test
    void theWorstThingAboutAFilmWithOneReview_isItsCons_notAComparison() {
        Answer answer = BOT.ask("what's the worst thing about quiet orchard?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).allSatisfy(c -> {
            assertThat(c.review()).isEqualTo("Quiet Orchard");
            assertThat(ORCHARD).contains(c.quote());
        });
    }

    @Test
    void whatDoCriticsSayAboutAnActor_quotesEachReviewerOnThem() {
        Answer answer = BOT.ask("what do critics say about nell arden?");

        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Hugo Marsh", "Rosa Linden");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.quote()).contains("Arden"));
    }

    @Test
    void whichFilmHasTheBestActing_ranksFilmsByTheirReviewsOnIt_withEvidenceFromTheReviewThatLikedIt() {
        Answer answer = BOT.ask("which film has the best acting?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Copper Tide");
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Rosa Linden");
        assertThat(answer.citations().get(0).quote()).contains("wonderful");
    }

    @Test
    void isOneBetterThanTheOther_quotesBothFilms_theBetterFirst() {
        Answer answer = BOT.ask("is copper tide better than quiet orchard?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Copper Tide");
        assertThat(answer.citations()).extracting(Citation::review).contains("Quiet Orchard");
    }

    @Test
    void aPlainQuestion_isStillAnsweredByResemblance() {
        Answer answer = BOT.ask("who composed the score for quiet orchard?");

        assertThat(answer.citations().get(0).quote()).contains("Bram Oster");
    }
}
