package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Questions that weigh films against each other or name a film by what it is about: runtimes compared, one
 * aspect quoted per film with the warmer first when asked which, a film found by its description, and every
 * reviewer's rating for the range of ratings.
 */
class ComparingFilmsTest {

    private static final String EMBER_ODA = """
            ---
            title: Ember Street
            reviewer: Oda Kline
            rating: 4/5
            ---

            Ember Street follows a night crew of firefighters in a city that keeps burning.

            ## Performances

            Rosa Vance is magnificent as the fire chief, a towering, generous performance that holds the whole film together.

            ## Verdict

            A stirring, beautifully made drama. It runs 112 minutes and earns every one of them.
            """;

    private static final String EMBER_PIM = """
            ---
            title: Ember Street
            reviewer: Pim Adler
            rating: 2/5
            ---

            Ember Street is loud, earnest and exhausting.

            ## Verdict

            Two hours of shouting in the smoke, and I was glad when it ended.
            """;

    private static final String GLASS = """
            ---
            title: Glass Canal
            reviewer: Lou Marten
            ---

            Glass Canal (1h 49m) is a thriller about a lock keeper who finds a body in the canal.

            ## Acting

            The cast is wooden and dull; Tom Reyes mumbles through every scene as if he would rather be elsewhere.

            ## Verdict

            A damp, forgettable thriller.
            """;

    private static final String FOUR_HANDS = """
            ---
            title: Four Hands
            reviewer: Ivy Stroud
            ---

            Four Hands is a documentary about twin sisters who played piano duets in the ballrooms of Blackpool for fifty years.

            ## Behind the Camera

            Director Ana Ferrante keeps herself out of the picture, and the film runs a tidy 91 min. Callum Osei shoots the sisters' hands in loving close-up.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("comparing-films", () -> AnswerRig.botOver(Map.of(
            "ember-street-oda.md", EMBER_ODA, "ember-street-pim.md", EMBER_PIM, "glass-canal.md", GLASS,
            "four-hands.md", FOUR_HANDS)));

    @Test
    void whichIsLonger_quotesEachFilmsRuntime_theLongerFirst() {
        Answer longer = BOT.ask("which is longer, glass canal or ember street");
        Answer shorter = BOT.ask("which is shorter, ember street or glass canal?");

        assertThat(longer.citations()).extracting(Citation::review).containsExactly("Ember Street", "Glass Canal");
        assertThat(longer.citations().get(0).quote()).contains("112 minutes");
        assertThat(longer.citations().get(1).quote()).contains("1h 49m");
        assertThat(longer.text()).contains("Ember Street is the longer");
        assertThat(shorter.citations()).extracting(Citation::review).containsExactly("Glass Canal", "Ember Street");
    }

    @Test
    void compareTheActing_quotesEachFilmOnIt_inTheOrderNamed_andSaysWhichIsPraised() {
        Answer answer = BOT.ask("compare the acting in glass canal and ember street");

        assertThat(answer.citations()).extracting(Citation::review).containsSubsequence("Glass Canal", "Ember Street");
        assertThat(answer.citations().get(0).quote()).contains("wooden");
        assertThat(answer.text()).contains("Rosa Vance").contains("more warmly of Ember Street");
    }

    @Test
    void whichHasBetterActing_putsTheFilmWhoseEvidenceIsPraiseFirst() {
        Answer answer = BOT.ask("glass canal or ember street, which has better acting?");

        assertThat(answer.citations().get(0).review()).isEqualTo("Ember Street");
        assertThat(answer.citations()).extracting(Citation::review).contains("Glass Canal");
    }

    @Test
    void aFilmDescribedNotNamed_isFoundByItsReviews_andTheQuestionAskedOfIt() {
        Answer howLong = BOT.ask("the documentary about the piano twins, how long is it");
        Answer director = BOT.ask("who directed the one about the twin pianists in blackpool");

        assertThat(howLong.grounded()).isTrue();
        assertThat(howLong.citations().get(0).review()).isEqualTo("Four Hands");
        assertThat(howLong.text()).contains("91 min");
        assertThat(director.citations().get(0).review()).isEqualTo("Four Hands");
        assertThat(director.text()).contains("Ana Ferrante");
    }

    @Test
    void aDescriptionWithAWordNoReviewUses_fitsNoStoredFilm_andIsNotAnsweredFromOne() {
        Answer answer = BOT.ask("who directed the one about the talking kangaroo");

        assertThat(answer.citations()).extracting(Citation::review).doesNotContain("Four Hands");
        assertThat(answer.text()).doesNotContain("Ana Ferrante");
    }

    @Test
    void theRangeOfRatings_citesEachReviewersRating() {
        Answer answer = BOT.ask("what's the range of ratings for ember street");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactlyInAnyOrder("Oda Kline", "Pim Adler");
        assertThat(answer.text()).contains("4/5").contains("2/5");
    }

    @Test
    void theRangeOfScores_isTheRatings_notTheMusic() {
        Answer answer = BOT.ask("range of scores for ember street");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactlyInAnyOrder("Oda Kline", "Pim Adler");
        assertThat(answer.text()).contains("4/5").contains("2/5");
    }

    @Test
    void runtimes_areReadInTheirUsualShapes_notFromShortSpans() {
        assertThat(RuntimeAnswers.minutesIn("It runs 112 minutes.")).contains(112);
        assertThat(RuntimeAnswers.minutesIn("(dir. Ana Ferrante; UK; 2026; 91 min)")).contains(91);
        assertThat(RuntimeAnswers.minutesIn("Glass Canal (1h 49m) is a thriller")).contains(109);
        assertThat(RuntimeAnswers.minutesIn("the last 40 minutes of the 123-minute running time")).contains(123);
        assertThat(RuntimeAnswers.minutesIn("within twenty minutes it is over")).isEmpty();
        assertThat(RuntimeAnswers.minutesIn("Rated 12A. Length 106m, and for once the m stands for minutes.")).contains(106);
        assertThat(RuntimeAnswers.minutesIn("The crack is 120m high.")).isEmpty();
    }

    @Test
    void aComparedQuestion_readsAsTheSameQuestionAboutOneFilm() {
        List<String> named = List.of("Honeybrook Junction", "The Pomeroy Inheritance");

        assertThat(ComparedQuestion.about("honeybrook junction or the pomeroy inheritance, which is funnier", named,
                "Honeybrook Junction")).isEqualTo("honeybrook junction, which is funny");
        assertThat(ComparedQuestion.about("is the pomeroy inheritance slower than honeybrook junction", named,
                "The Pomeroy Inheritance")).isEqualTo("is the pomeroy inheritance slow");
        assertThat(ComparedQuestion.about("compare the acting in honeybrook junction and the pomeroy inheritance", named,
                "The Pomeroy Inheritance")).isEqualTo("the acting in the pomeroy inheritance");
    }

    @Test
    void titlesAreComparedInTheOrderTheQuestionNamesThem() {
        assertThat(AnswerService.inOrderAsked("compare the cobalt hour and mercy at low tide",
                List.of("Mercy at Low Tide", "The Cobalt Hour"))).containsExactly("The Cobalt Hour", "Mercy at Low Tide");
    }
}
