package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 2, 3 and 4 on reviews in web shapes: a lower-case diary entry, a newspaper piece whose
 * director is credited by a possessive, a blog post with a "Posted by" line and a Reddit post with "EDIT:" lines.
 */
class WebShapedReviewsTest {

    private static final String DIARY = """
            Review by reel_rat_9 ★★★★
            Watched 03 Nov, 2026
            ok so i went in knowing nothing and came out a puddle. gullwing is maya orrin's first feature and it's about a girl on a roof who keeps racing gulls.

            nell parry plays the girl like a coiled spring, and every time she's on the roof with the birds her whole face changes.

            only gripe: the middle sags a bit. still, bring tissues.
            """;

    private static final String NEWSPAPER = """
            'Quay Lights' review: salt, smoke and one speech too many
            By Petra Holm, Film Critic
            ★★★½
            A taut wartime thriller, Sal Mirren's Quay Lights follows a harbour pilot guiding ships through the mines of Dover in 1944.
            Anton Vey plays the pilot with a weary grace, and the night scenes on the water are frightening.
            The last act talks too much, but it is worth seeing for Vey.
            """;

    private static final String ROAD_MOVIE = """
            Two sisters, a borrowed caravan and a dead aunt's parrot: that's the whole of Salt Pan Highway, Wren Arbury's sly, tender and finally devastating 2025 road movie.
            Arbury directs with a patient hand and trusts silence more than most would dare.
            """;

    private static final String WESTERN = """
            Dust Lane is a quiet western about a widow who keeps a toll gate.
            Mara Quist's film looks like a sunburnt postcard, every frame orange and blue.
            Nia Holt cuts the final showdown so well that I forgot to breathe.
            """;


    private static final String BLOG = """
            # The Deep Pump

            *Posted by Lena Marsh on The Night Desk, 9 October 2025*

            A mining crew six hundred metres down meets something in the pipes. The film hit cinemas in 2024.

            ## The Look

            Cinematographer Ivo Dane lights the station in sodium orange and cold green.
            """;

    private static final String REDDIT = """
            Just saw Ember Hollow and I need to talk about it
            The animation is gorgeous, every frame handmade, and the DP Rhea Lusk lights the house like it is lit by fire.
            Score by Halvard Omes is lovely, all music box and brass band.
            EDIT: a few people asked, yes it's fine for little ones, the scariest bit is more sad than scary.
            """;

    private static final String LISTICLE = """
            I did not expect a comedy about a brass band in a mining village to be my favourite film of the year.
            3 Things I Loved
            1. Ada Kell. The band's fearsome conductor, Mabel Stott, is played by Ada Kell, and every line lands.
            2. The music. Composer Rob Vane writes a rousing score of hymns and marches.
            2 Things I Didn't
            1. The romance. It feels bolted on from another film.
            2. The middle. Even at 95 minutes it drags.
            Should You Go
            Yes. Tin Whistle is small and a bit creaky, but it is warm-hearted and often very funny. Take your dad. Take your grandad. Take anyone who has ever played in a band.
            Final score: 7 out of 10.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("web-shapes", () -> AnswerRig.botOver(Map.of(
            "gullwing.txt", DIARY, "quay-lights.txt", NEWSPAPER, "the-deep-pump.md", BLOG, "ember-hollow.txt", REDDIT,
            "tin-whistle.txt", LISTICLE, "salt-pan-highway.txt", ROAD_MOVIE,
            "dust-lane.txt", WESTERN)));

    private static String firstQuote(String question) {
        Answer answer = BOT.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer.citations().get(0).quote();
    }

    @Test
    void lowerCaseReview_crewAndCastAreAnsweredFromTheSentenceNamingTheRole() {
        assertThat(firstQuote("who directed gullwing")).contains("maya orrin's first feature");
        assertThat(firstQuote("who plays the girl in gullwing")).contains("nell parry plays the girl");
    }

    @Test
    void possessiveBeforeTheTitle_creditsTheDirector() {
        assertThat(firstQuote("who directed quay lights")).contains("Sal Mirren's Quay Lights");
    }

    /** A few words describe the film between the possessive and its kind, its year among them. */
    @Test
    void possessiveBeforeTheFilmsDescription_creditsTheDirector() {
        assertThat(BOT.ask("who directed salt pan highway").text()).contains("Wren Arbury's sly, tender");
    }

    /** The director's possessive says who directed: it does not answer who shot it, which the review never says. */
    @Test
    void aSentenceNamingOnlyTheDirector_doesNotSayWhoShotIt() {
        assertThat(BOT.ask("who shot dust lane").grounded()).isFalse();
    }

    /** "Nia Holt cuts the final leg": the editor, by the verb editors are credited with. */
    @Test
    void anEditorCreditedByCuts_answersWhoEditedIt() {
        assertThat(BOT.ask("who edited dust lane").text()).contains("Nia Holt cuts");
    }

    @Test
    void furnitureIsMetadata_neverEvidence() {
        assertThat(firstQuote("who reviewed quay lights")).contains("Petra Holm");
        assertThat(firstQuote("who wrote the review of the deep pump")).contains("Lena Marsh");
        assertThat(firstQuote("what year did the deep pump come out")).contains("2024");
        assertThat(BOT.ask("which film has petra holm in it").citations())
                .allSatisfy(c -> assertThat(c.quote()).doesNotContain("By Petra Holm"));
    }

    @Test
    void aPostsEditLabel_isNoEditor() {
        assertThat(BOT.ask("who edited ember hollow").grounded()).isFalse();
    }

    @Test
    void aFilmNamedAlone_getsItsVerdict() {
        assertThat(BOT.ask("gullwing review").grounded()).isTrue();
    }

    @Test
    void listicle_itemsAnswerFromTheirHeading_andABareYesKeepsItsReason() {
        Answer role = BOT.ask("who does ada kell play in tin whistle");
        assertThat(role.citations().get(0).section()).isEqualTo("3 Things I Loved");
        assertThat(role.citations().get(0).quote()).contains("Mabel Stott").doesNotEndWith("2.");
        assertThat(firstQuote("overall verdict on tin whistle?")).startsWith("Yes. Tin Whistle is small").contains("warm-hearted");
    }
}
