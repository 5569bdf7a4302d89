package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Films not stored whose names come close to the library's: a stored title with its last word changed, a film
 * named after "did anyone review", a real word one letter from an aspect's word. Each is declined by name; the
 * stored film, typed whole, in part or with a typo, still answers.
 */
class TitleLikeAStoredOneTest {

    private static final String PAPER_DRAGON = """
            ## Our Take
            Pip and the Paper Dragon is a handmade treat, gentle enough for children of six and up, and worth the drive to see it.

            ## The Jokes
            The jokes are mostly slapstick, and the dragon sneezing confetti got the biggest laugh.
            """;

    private static final String COMET_DINER = """
            ## Review
            The Comet Diner is a musical about aliens who land beside a roadside diner. The songs are great fun.

            ## Elsewhere at the festival
            Paper Giraffes and Pigeon Saint both screen again on Saturday. Nell Okoro sings the best song, and she is worth seeing twice.
            It is way better than Mister Candlewick, which I walked out of. Ada Brisk is the cook, and Brisk is a hoot.
            The diner's dance-off beats anything in Sing It Like Marigold.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-like-a-stored-one",
            () -> AnswerRig.botOver(Map.of("pip-and-the-paper-dragon.md", PAPER_DRAGON, "the-comet-diner.md", COMET_DINER)));

    @Test
    void aStoredTitleFoundByPart_withItsLastWordChanged_isAnotherFilm() {
        Answer changed = BOT.ask("pip and the paper tiger ok for kids?");
        Answer typo = BOT.ask("pip and the paper dragn ok for kids?");
        Answer part = BOT.ask("is paper dragon ok for kids?");

        assertThat(changed.grounded()).isFalse();
        assertThat(changed.text()).startsWith("I have no review of pip and the paper tiger.");
        assertThat(typo.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.review()).isEqualTo("Pip and the Paper Dragon"));
        assertThat(part.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.review()).isEqualTo("Pip and the Paper Dragon"));
    }

    /** Every word of "the comet drive-in" is in the reviews; only its place after "review" makes it a title. */
    @Test
    void aFilmAfterReview_isNamed() {
        Answer answer = BOT.ask("did anyone review the comet drive-in");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).startsWith("I have no review of comet drive");
    }

    /** Another film's review names it, with capitals, as it would a person: asked whether it is worth seeing, it is a film. */
    @Test
    void aFilmNamedInPassing_isNoStoredFilm() {
        Answer passing = BOT.ask("is paper giraffes worth seeing");
        Answer stored = BOT.ask("is the comet diner worth seeing");
        Answer person = BOT.ask("is nell okoro worth watching");
        Answer aspect = BOT.ask("are the songs worth the ticket");

        assertThat(passing.grounded()).isFalse();
        assertThat(passing.text()).startsWith("I have no review of paper giraffes.");
        assertThat(stored.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.review()).isEqualTo("The Comet Diner"));
        assertThat(person.citations()).isNotEmpty().first().satisfies(c -> assertThat(c.quote()).contains("Nell Okoro"));
        assertThat(aspect.text()).doesNotStartWith("I have no review");
    }

    /**
     * Judged or asked about as a whole ("is X good", "what did u think of X"), a name another review writes only in
     * passing is a film not stored; one the reviews write as a person's (a credit's verb after it, or its surname
     * alone) is that person.
     */
    @Test
    void aNameJudgedAsAWhole_isAFilmNotStored_unlessTheReviewsWriteItAsAPersons() {
        assertThat(BOT.ask("is mister candlewick good").text()).startsWith("I have no review of mister candlewick");
        assertThat(BOT.ask("what did u think of mister candlewick").text()).startsWith("I have no review of mister candlewick");
        assertThat(BOT.ask("is nell okoro good").text()).doesNotStartWith("I have no review");
        assertThat(BOT.ask("is ada brisk any good").text()).doesNotStartWith("I have no review");
        // A title may hold common words ("it", "like") that no person's name does.
        assertThat(BOT.ask("is sing it like marigold good").text()).startsWith("I have no review of sing it like marigold");
        assertThat(BOT.ask("is the diner's dance-off good").text()).doesNotStartWith("I have no review");
    }

    /**
     * Asked who made it, or in a title's place before what is asked ("mister candlewick plot"), a name another
     * review writes only in passing is a film not stored; a person named so stays that person.
     */
    @Test
    void aNameInPassing_askedWhoMadeIt_orInATitlesPlace_isAFilmNotStored() {
        assertThat(BOT.ask("who directed mister candlewick").text()).startsWith("I have no review of mister candlewick");
        assertThat(BOT.ask("who wrote pigeon saint").text()).startsWith("I have no review of pigeon saint");
        assertThat(BOT.ask("mister candlewick plot").text()).startsWith("I have no review of mister candlewick");
        assertThat(BOT.ask("what do people say about ada brisk").text()).doesNotStartWith("I have no review");
        assertThat(BOT.ask("what songs does nell okoro sing").text()).doesNotStartWith("I have no review");
        assertThat(BOT.ask("who directed the comet diner").text()).doesNotStartWith("I have no review");
    }

    @Test
    void aRealWordOneLetterFromAnAspectWord_isNoTypoOfIt() {
        Answer joker = BOT.ask("the 2019 joker, is it good");
        Answer typo = BOT.ask("pip and the paper dragon jokez");

        assertThat(joker.grounded()).isFalse();
        assertThat(joker.text()).startsWith("I have no review of joker.");
        assertThat(typo.citations()).isNotEmpty().first().satisfies(c -> assertThat(c.section()).isEqualTo("The Jokes"));
    }
}
