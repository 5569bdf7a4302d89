package dev.reviewbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 8, point 2: metadata found in the prose at ingest (a byline, a rating line, a year). */
class ProseMetadataTest {

    private static List<Section> prose(String text) {
        return List.of(new Section(Section.WHOLE_REVIEW, text));
    }

    /** A petition's credit under the page's own heading, past the opening section: the writer, by the trade. */
    @Test
    void aWriterCreditedUnderThePagesHeading_isTheByline_andAFormsBlankOrADatedYearIsNoMoreThanThat() {
        List<Section> petition = List.of(new Section(Section.OPENING, "Petition · Arts and culture"),
                new Section("Give Gannet Rock a proper cinema release",
                        "Started by Isla Mowbray, film critic of The Stromness Herald · 9 December 2026\n\n2,417 have signed."));

        assertThat(ProseMetadata.byline(petition)).contains("Isla Mowbray");
        assertThat(ProseMetadata.byline(List.of(new Section(Section.OPENING, "Petition"),
                new Section("Why", "Isla Mowbray thinks it is great.")))).isEmpty();
        assertThat(ProseMetadata.givenOnlyInDates("Started by Isla Mowbray · 9 December 2026", "2026")).isTrue();
        assertThat(ProseMetadata.givenOnlyInDates("A Scottish drama of 2026, seen on 9 December 2026.", "2026")).isFalse();
        assertThat(ProseMetadata.givenOnlyInDates("A Scottish drama.", "2026")).isFalse();
        assertThat(Section.isFormField("I give permission for my child ____ to go.")).isTrue();
        assertThat(Section.isFormField("The child, aged 7, went with a friend.")).isFalse();
    }

    /**
     * A page crediting its writer in its own masthead's words: the paper's "Our film critic, ...", a drawing's "drawn by
     * ... for" a publication, a volunteer "who also reviews films"; but not a film's credit, nor a reader's "your critic".
     */
    @Test
    void aMastheadCreditingItsCriticInItsOwnWords_namesTheReviewer_butAFilmsCreditOrAReadersComplaintDoesNot() {
        assertThat(ProseMetadata.byline(prose("THE WHETSTONE · Arts desk\n\nOur film critic, Jeannie Cawood, files by phone."
                + " The editor typed it up."))).contains("Jeannie Cawood");
        assertThat(ProseMetadata.byline(prose("Should you see it? A flowchart, drawn by Anstice Wenlock for The Clapper."
                + " Start at the top."))).contains("Anstice Wenlock");
        assertThat(ProseMetadata.byline(prose("A drama, directed by Kester Ibbotson for The Film Fund. It is long.")))
                .isEmpty();
        assertThat(ProseMetadata.byline(prose("Capo (a review in song), chords by Jill Cockcroft, film critic of The Strum."
                + " Posted today."))).contains("Jill Cockcroft");
        assertThat(ProseMetadata.byline(prose("A drama with songs by Elva Sowerbutts, film critic turned composer. It is long.")))
                .as("the film's own credit").isEmpty();
        assertThat(ProseMetadata.byline(prose("Sirs, I write because your critic, Percival Strode, gave it one star.")))
                .isEmpty();
        assertThat(ProseMetadata.describedCritic(prose("Meet Cria!\nProfile written by Gwynneth Yendell, Saturday volunteer,"
                + " who also reviews films for The Bellows"))).contains("Gwynneth Yendell");
    }

    @Test
    void transcriptSpeakers_areTheReviewers_byTheFullNamesTheTextGivesThem() {
        assertThat(ProseMetadata.speakers(prose("""
                MAYA: Welcome back to Second Reel. I'm Maya Brennan.

                TOM: And I'm Tom Achterberg, and this week, The Comet Diner.

                CALLER: Love the show!

                MAYA: It looks like an old postcard.

                TOM: And the script is lazy."""))).contains("Maya Brennan and Tom Achterberg");
        assertThat(ProseMetadata.speakers(prose("ANA: Welcome back.\n\nBEN: A comedy.\n\nANA: I loved it.\n\nBEN: I did not.\n\n"
                + "CY: Me neither.\n\nCY: Not at all."))).contains("Ana, Ben and Cy");
        assertThat(ProseMetadata.speakers(prose("DR HALE: Welcome.\n\nBEN: A comedy.\n\nDR HALE: I loved it.\n\nBEN: I did not.")))
                .contains("Dr Hale and Ben");
        assertThat(ProseMetadata.speakers(prose("ANA: Welcome back.\n\nBEN: A comedy.\n\nANA: I loved it.\n\nBEN: I did not.\n\n"
                + "A clip plays.\n\nLaughter.\n\nMusic.\n\nEnd of excerpt."))).contains("Ana and Ben");
    }

    @Test
    void oneSpeaker_orAnotherSpeakingOnce_isNoConversation() {
        assertThat(ProseMetadata.speakers(prose("ANA: Welcome back.\n\nANA: A comedy.\n\nBEN: Hello."))).isEmpty();
        assertThat(ProseMetadata.speakers(prose("Ana: Welcome back.\n\nBen: A comedy.\n\nAna: Yes.\n\nBen: No."))).isEmpty();
        assertThat(ProseMetadata.speakers(prose("A fine film.\n\nPROS: the cast.\n\nPROS: the score.\n\nCONS: the length.\n\n"
                + "CONS: the ending.\n\nIt drags.\n\nIt looks good.\n\nIt sounds good.\n\nThree stars."))).isEmpty();
    }

    @Test
    void ratingLines_inTheShapesReviewsWriteThem() {
        assertThat(ProseMetadata.rating(prose("A fine film.\n\nRating: 3/5"))).contains("Rating: 3/5");
        assertThat(ProseMetadata.rating(prose("Tense throughout.\n\n★★★★☆"))).contains("★★★★☆");
        assertThat(ProseMetadata.rating(prose("Skip it. Two stars out of five."))).contains("Two stars out of five");
        assertThat(ProseMetadata.rating(prose("It scored well with me: 7 out of 10."))).contains("7 out of 10");
        assertThat(ProseMetadata.rating(prose("A five-star cast wasted on a dull script."))).isEmpty();
        assertThat(ProseMetadata.rating(prose("Noisy and lifeless, one to skip. One and a half stars."))).contains("One and a half stars");
        assertThat(ProseMetadata.rating(prose("The three stars of it are wasted, and it shows."))).isEmpty();
        assertThat(ProseMetadata.rating(prose("Rent something else. Two and a half stars, if you're asking."))).contains("Two and a half stars");
        assertThat(ProseMetadata.rating(prose("Two stars, Ana and Ben, carry it. Then the plot arrives and sinks it."))).isEmpty();
        // A score in the reviewer's own units closes its sentence; another count out of ten is no score.
        assertThat(ProseMetadata.rating(prose("Row F loved it. I am giving it three and a half dabbers out of five.")))
                .contains("three and a half dabbers out of five");
        assertThat(ProseMetadata.rating(prose("Four pies out of five."))).contains("Four pies out of five");
        assertThat(ProseMetadata.rating(prose("Nine people out of ten will never see it, which is a shame."))).isEmpty();
        assertThat(ProseMetadata.rating(prose("The survey says that in the end nine people out of ten."))).isEmpty();
    }

    @Test
    void bareScore_closingAParagraphAsASentenceOfItsOwn_isTheRating() {
        assertThat(ProseMetadata.rating(prose("A handsome, old-fashioned biopic lifted well above the ordinary by its lead. "
                + "Its invented romance drags it down, but the rooftop scenes alone are worth the ticket. 7/10."))).contains("7/10");
        assertThat(ProseMetadata.rating(prose("I would give the odds of a sequel at a 9/10 chance, and that is the trouble "
                + "with the whole tired franchise."))).isEmpty();
        assertThat(ProseMetadata.rating(prose("The script is lazy and the ending is worse, and the film as a whole is "
                + "a weak one at 4/10 for me."))).isEmpty();
    }

    @Test
    void bareScore_closingAShortSentenceInsideAParagraph_isTheRating() {
        assertThat(ProseMetadata.rating(prose("The middle drags and the twist is obvious, and the synth score is very "
                + "Carpenter. Overall I'd say 7/10. Flawed but it's the most original thing I've seen this year."))).contains("7/10");
        assertThat(ProseMetadata.rating(prose("The middle drags and the twist is obvious, and the synth score is very "
                + "Carpenter. The crowd around me gave it a loud 9/10. Flawed but it's the most original thing I've seen."))).isEmpty();
    }

    @Test
    void aScorecardsOverallLine_isTheRating_notItsFirstCategory() {
        assertThat(ProseMetadata.rating(prose("A beautiful train with nobody driving it.\n\nStory: 4/10\n\nActing: 5/10"
                + "\n\nOverall: 4.5/10"))).contains("Overall: 4.5/10");
        assertThat(ProseMetadata.rating(prose("Lovely.\n\n7/10\n\nRating: 3/5"))).contains("Rating: 3/5");
    }

    @Test
    void ratings_compareOnOneScale() {
        assertThat(ProseMetadata.scale("4/5")).contains(0.8);
        assertThat(ProseMetadata.scale("★★★½☆")).contains(0.7);
        assertThat(ProseMetadata.scale("Two stars out of five")).contains(0.4);
        assertThat(ProseMetadata.scale("9/10")).contains(0.9);
        assertThat(ProseMetadata.scale("splendid")).isEmpty();
    }

    @Test
    void plainTextReview_getsReviewerFromItsBylineAndRatingFromItsStarLine() throws Exception {
        Review marrowLane = SmallReviews.parsed().get(1);

        assertThat(marrowLane.reviewer()).isEqualTo("Nadia Ferris");
        assertThat(marrowLane.rating()).isEqualTo("★★★½☆");
        assertThat(marrowLane.sections()).extracting(Section::name).containsExactly(Section.WHOLE_REVIEW);
    }

    @Test
    void frontMatterWins_andAYearInProseIsRead() {
        Review lanternBay = SmallReviews.parsed().get(0);

        assertThat(lanternBay.rating()).isEqualTo("4/5");
        assertThat(lanternBay.reviewer()).isEqualTo("Odette Brill");
        assertThat(ProseMetadata.year("Heat", prose("It's a 2022 British comedy about a llama."))).isEqualTo(2022);
        assertThat(ProseMetadata.year("Heat", prose("That's Tamar Greaves's spare, funny and finally shattering 2025 road movie.")))
                .isEqualTo(2025);
        assertThat(ProseMetadata.year("Heat", prose("Michael Mann's Heat (1995) still holds up."))).isEqualTo(1995);
        assertThat(ProseMetadata.year("Heat", prose("It came out this year, 2026, and it runs 101 minutes."))).isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("Runs 101 mins, came out this year (2026), and it is rated PG."))).isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("It's out in cinemas now, a 2026 release that deserves better."))).isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("A fine film. Released in 2025, it arrives on home video this month."))).isEqualTo(2025);
        assertThat(ProseMetadata.year("Heat", prose("It's a 2026 Italian-British co-production and runs 104 minutes."))).isEqualTo(2026);
    }

    @Test
    void aYearAfterTheKindOfFilm_inProseOrAListing_isItsYear_butNotADecadeOrAYearInTheStory() {
        assertThat(ProseMetadata.year("Heat", prose("I present Heat, a British biographical drama of 2026, running 121 minutes.")))
                .isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("What is Heat? A sports comedy-drama, UK, 2026."))).isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("What is Heat? A crime drama, Ireland/France, 1995, in colour."))).isEqualTo(1995);
        assertThat(ProseMetadata.year("Heat", prose("Heat is a British survival thriller from 2026, 94 minutes long.")))
                .isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("Heat is a survival thriller; the story runs from 1959 to 1961.")))
                .isNull();
        assertThat(ProseMetadata.year("Heat", prose("First a word on a film from 1960. Heat opens on Friday."))).isNull();
        assertThat(ProseMetadata.year("Heat", prose("It is a drama of the 1940s, set in a mill town."))).isNull();
        assertThat(ProseMetadata.year("Heat", prose("Heat is a slow drama, and in 1995 it would have been a hit."))).isNull();
    }

    @Test
    void aPercentage_aLabelWithWordsBeforeItsColon_andALabelMadeAHeading_giveTheRating() {
        assertThat(ProseMetadata.rating(prose("The film's own score from the quizmaster: 16/20. Les Quizerables won.")))
                .contains("score from the quizmaster: 16/20");
        assertThat(ProseMetadata.rating(prose("Claim rating: 35% of the ticket price."))).contains("rating: 35%");
        assertThat(ProseMetadata.rating(List.of(new Section("Storage", "Keep cool."),
                new Section("Our rating", "72%, of which most is animation.")))).contains("Our rating: 72%");
        assertThat(ProseMetadata.rating(List.of(new Section("Verdict", "A warm, funny film for 2 adults.")))).isEmpty();
        assertThat(ProseMetadata.scale("Our rating: 72%")).contains(0.72);
    }

    @Test
    void aBareScoreOpeningAParagraph_isItsRating_butNotOneInsideProse() {
        assertThat(ProseMetadata.rating(prose("The Rating\n\n8/10. Go with friends, go with your mum, go with the person who does your washing.")))
                .contains("8/10");
        assertThat(ProseMetadata.rating(prose("Honestly I would put its odds of a sequel at 9/10, given how the last scene sets one up so eagerly.")))
                .isEmpty();
    }

    @Test
    void aCreditsLineWithBars_givesTheYearAmongItsFields() {
        String credits = "Nine winters on an Arctic island.\n\nDirector: Sunna Eklund | Music: Maren Holt | Norway/UK, 2026 | 97 min";

        assertThat(ProseMetadata.year("The Skarvik Winters", prose(credits))).isEqualTo(2026);
        assertThat(ProseMetadata.year("Heat", prose("Director: Michael Mann | 1995 | 170 min"))).isEqualTo(1995);
        assertThat(ProseMetadata.year("Heat", prose("A line with one bar | and the year 1995 in prose."))).isNull();
    }
}
