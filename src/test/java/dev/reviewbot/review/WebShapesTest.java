package dev.reviewbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, points 2 and 4: reviews in the shapes web pages give them (a newspaper's headline and byline, a
 * diary entry's watch date, a user review's votes, a blog's "Posted by" line, a listicle, other front
 * matter names, HTML remnants) keep their metadata and lose their page furniture.
 */
class WebShapesTest {

    private final ReviewParser parser = new ReviewParser(64 * 1024);

    private Review parse(String name, String text) throws ReviewFormatException {
        return parser.parse(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void newspaperPiece_headlineBylineAndStarLineAreMetadataNotProse() throws Exception {
        Review review = parse("quay-lights.txt", """
                'Quay Lights' review: salt, smoke and one speech too many
                By Petra Holm, Film Critic
                ★★★½
                Dover, 1944. A harbour pilot, played by Anton Vey, guides ships through the mines.
                Director Sal Mirren keeps the night scenes tight. Worth seeing for Vey.
                """);

        assertThat(review.reviewer()).isEqualTo("Petra Holm");
        assertThat(review.rating()).isEqualTo("★★★½");
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.WHOLE_REVIEW);
        assertThat(review.sections().get(0).text()).startsWith("Dover, 1944.").doesNotContain("Petra Holm", "review:", "★");
    }

    /**
     * A how-to article's "Method 2 of 3: Cope with the Cold": a heading longer than most, said in title case after a
     * label and a colon; the page's own opening line in that shape, a rating or a list of names stays text.
     */
    @Test
    void aLabelledTitleAfterABreak_isAHeading_butNotThePagesOpeningLineARatingOrAList() throws Exception {
        Review review = parse("ski-lift.txt", """
                FLM2207 Contemporary British Cinema: Landscape and Labour
                Ski Lift is a British survival thriller from 2026, by Kirstine Gurney.

                Method 1 of 3: Know What You Are Getting Into
                Expect one location. Nearly the whole film takes place on two chairs.

                Method 2 of 3: Cope with the Cold
                Roswitha Lazenby's photography makes the cold feel real.

                Rating: 4.5/5
                The flashbacks drag.

                Cast: Tova Ballantyne, Crinan Urquhart and Rufina Yelland
                She is terrific.

                Verdict: the whole cast is great and so is the snow
                See it.
                """);

        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING,
                "Method 1 of 3: Know What You Are Getting Into", "Method 2 of 3: Cope with the Cold");
    }

    /**
     * A video review's captions saved as text: cue numbers and timings go, and a sentence spoken over two cues is
     * read whole; a sentence ending in one cue leaves the next to start its own.
     */
    @Test
    void captions_areReadAsProse_withASentenceOverTwoCuesWhole() throws Exception {
        Review review = parse("loom-song.txt", """
                Loom Song review: the weaving documentary that won me over
                Ffion Pask · Pask at the Pictures · English captions, saved as loom-song-review.srt

                1
                00:00:00,400 --> 00:00:04,500
                Hello, I'm Ffion Pask, and today it's Loom Song.

                2
                00:00:04,700 --> 00:00:09,300
                It follows three weavers in a mill in Powys,

                3
                00:00:09,500 --> 00:00:14,700
                for one winter, as they race to finish a tapestry.

                4
                00:00:14,900 --> 00:00:19,100
                It is lovely, and you should see it.
                """);

        String text = review.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(text).contains("It follows three weavers in a mill in Powys, for one winter, as they race to finish a tapestry.")
                .contains("It is lovely, and you should see it.").doesNotContain("-->", "00:00");
        assertThat(text.lines().map(String::strip)).doesNotContain("2", "3").contains("It is lovely, and you should see it.");
    }

    /** A review quoting a timecode or two, even as cues, is no captions file: its lines stay as they are. */
    @Test
    void aTimecodeOrTwo_inAReview_areNoCaptions() {
        String text = "The two scenes to watch:\n\n1\n01:02:03,000 --> 01:02:09,000\nthe storm,\n\n2\n01:40:00,000 --> 01:40:04,000\nand the kiss.";
        assertThat(Captions.asProse(text)).isEqualTo(text);
    }

    /**
     * An auction listing: its seller is the reviewer, and the item's specifics ("Director: Merlin Tebb", "Run time:
     * 116 minutes") are facts to quote, neither a headline run (more lines than any masthead has) nor headings over
     * the lines after them.
     */
    @Test
    void aListingsLabelledFacts_areTextToQuote_notHeadlinesOrHeadings() throws Exception {
        Review review = parse("cinder-track.txt", """
                Cinder Track (Blu-ray, 2026) speedway film, played once
                Condition: Used, like new
                Postage: Royal Mail 2nd Class
                Seller: cinder_bargains_77 (312) · 99.4% positive feedback

                Item specifics
                Format: Blu-ray
                Director: Merlin Tebb
                Actors: Rosa Brath, Rowan Ullet, Teo Aspinwall, Sixten Marklund, Bryony Quarrie
                Run time: 116 minutes

                Item description from the seller
                Selling my Blu-ray of Cinder Track. The races look wrong, and the songs are far too loud.
                """);

        // The seller, with their feedback count, wrote the item's description.
        assertThat(review.reviewer()).isEqualTo("cinder_bargains_77");
        assertThat(review.sections()).extracting(Section::name).doesNotContain("Director: Merlin Tebb", "Run time: 116 minutes")
                .contains("Item description from the seller");
        assertThat(review.sections()).extracting(Section::text).anySatisfy(text -> assertThat(text)
                .contains("Director: Merlin Tebb").contains("Run time: 116 minutes"));
    }

    @Test
    void partsScoredOneByOne_areHeadings_whileTheOverallScoreIsTheRating() throws Exception {
        Review review = parse("ring-rope.txt", """
                Ring Rope
                By Hamish Pike
                Score: 72/100
                A boxer with a bad hand gets one last shot at a title, and it is a familiar story well told.
                Story — 6/10
                The script hits every cliche of the genre, and the gambling subplot is resolved far too neatly.
                Performances — 9/10
                Callum Tolliver, who plays the boxer, lost and gained weight for the role and looks it.
                Overall — 8/10
                See it for Tolliver.
                """);

        assertThat(review.rating()).isEqualTo("Score: 72/100");
        assertThat(review.sections()).extracting(Section::name).containsExactly("Introduction", "Story — 6/10", "Performances — 9/10");
        assertThat(review.sections().get(2).text()).contains("Overall — 8/10");
    }

    /**
     * A paper's byline under its name, its section and a headline (the fourth line of its furniture), with the
     * writer's trade and the date; a newsletter's "name · title · date"; not a bare word over a date ("Open · ...").
     */
    @Test
    void aNamedBylineUnderAMasthead_isTheReviewer() throws Exception {
        Review paper = parse("kiln-street.txt", """
                The Wensum Mercury
                Arts › Film › New this week
                Film round-up: a kiln to treasure
                Albertine Haskett, film critic · Thursday 10 December 2026 · 4 min read

                Kiln Street follows a potter in Stoke through the last winter of her family's works. It is a quiet, lovely thing.
                """);
        Review newsletter = parse("kiln-road.txt", """
                Kiln Road wants to be Brief Encounter.
                Ysanne Weatherill · Second Helpings · 14 December 2026

                A porter and a nurse meet at a kiln-side café in 1946. The dialogue is stiff and the ending is syrup.
                """);
        Review issue = parse("kiln-lane.txt", """
                film-regressions / cinema-tracker
                Issues › #2187
                KILN LANE: third act throws an unhandled exception #2187
                Open · segfault_sally opened this issue on 6 Dec 2026 · 14 comments

                Kiln Lane opens well and crashes in its last half hour.
                """);

        assertThat(paper.reviewer()).isEqualTo("Albertine Haskett");
        assertThat(newsletter.reviewer()).isEqualTo("Ysanne Weatherill");
        assertThat(issue.reviewer()).isNull();
    }

    /** "Capsule review by", "Programme notes by": a byline may name the kind of writing before "by". */
    @Test
    void aBylineNamingTheKindOfWriting_isTheReviewer() throws Exception {
        Review review = parse("kiln-yard.txt", """
                Kiln Yard (2026)
                Capsule review by Imre Vance

                A potter's daughter comes home to a yard full of broken pots. Lovely, slow, a little too long.
                """);

        assertThat(review.reviewer()).isEqualTo("Imre Vance");
    }

    /** A blog's "Posted by" line may carry the date and the categories after the name, in its furniture's later lines. */
    @Test
    void aPostedByLineWithItsDate_isTheReviewer() throws Exception {
        Review review = parse("kiln-songs.txt", """
                THE DRONE STRING
                folk, trad &amp; anything with a fiddle in it
                Kiln Songs (Original Motion Picture Soundtrack) &ndash; review
                Posted by Aoibhinn Tuohy on 7 December 2026 in Album reviews, Film

                Most soundtrack albums are souvenirs. This one is better than the film it comes from.
                """);

        assertThat(review.reviewer()).isEqualTo("Aoibhinn Tuohy");
    }

    /** An email sent as a review: its sender, by the header's "From:" with its other lines. */
    @Test
    void anEmailsSender_isTheReviewer() throws Exception {
        Review review = parse("kiln-post.txt", """
                From: Octavia Scobie
                To: Torquil Haversham
                Date: Tue, 8 Dec 2026, 23:48
                Subject: Re: Kiln Post - 300 words for Friday?

                Torquil,

                Sorry, I can't give you the rave you want. Kiln Post is handsome and hollow.
                """);

        assertThat(review.reviewer()).isEqualTo("Octavia Scobie");
    }

    @Test
    void forumPost_thePostersHandleIsTheReviewer_andTheLineIsNoProse() throws Exception {
        Review review = parse("gull-post.txt", """
                r/TrueFilm · Posted by u/fogbound_frames
                Just saw Gull Island and I need to talk about that ending (SPOILERS)
                Tobias Keast plays a mapmaker sent to survey a tiny island, and he is a monster in it.
                TL;DR: slow, gorgeous, the ending wrecked me. 8/10.
                """);

        assertThat(review.reviewer()).isEqualTo("fogbound_frames");
        assertThat(review.sections().get(0).text()).doesNotContain("Posted by");
    }

    @Test
    void forumReply_thePosterNamedInTheReplysHeaderLineIsTheReviewer() throws Exception {
        Review review = parse("gull-reply.txt", """
                The Back Row Forums › New releases › Gull Island - overrated?
                Re: Gull Island - overrated?
                Reply #9 · Posted by Morwenna Tate · 7 Dec 2026, 23:02

                Sorry, but no. Tobias Keast mumbles through the whole thing and the ending is a cheat. 2/5 from me.
                """);

        assertThat(review.reviewer()).isEqualTo("Morwenna Tate");
    }

    @Test
    void cinemaPage_aLineSigningThePick_namesTheReviewer() throws Exception {
        Review review = parse("gannet-bay.txt", """
                The Harbour Picture House
                Gannet Bay
                12A · 96 mins · UK 2026

                Why we love it, by Morag Lyle, front of house

                Every year we champion one film, and this year the choice was easy.
                """);

        assertThat(review.reviewer()).isEqualTo("Morag Lyle");
    }

    @Test
    void boldLinesStandingAlone_areHeadings_butBoldInsideAParagraphIsProse() throws Exception {
        Review review = parse("moth-lamp.md", """
                # Moth Lamp

                **The performances**

                Ada Quill is very funny as the parish clerk.

                **The jokes:**
                The jokes are **very** English. **Not for everyone.**
                """);

        assertThat(review.sections()).extracting(Section::name).containsExactly("The performances", "The jokes");
        // Emphasis inside prose is markup: the words are quoted and searched without it.
        assertThat(review.sections().get(1).text()).contains("are very English. Not for everyone.").doesNotContain("*");
    }

    @Test
    void aUserReviewsHandleOverItsDate_isTheReviewer() throws Exception {
        Review review = parse("tidal-engine.txt", """
                Tidal Engine (2026)
                A slow burn that pays off
                8/10
                deckhand_77
                4 December 2026

                I went in knowing nothing, and Mara Quist is fantastic as the engineer who notices the storms are steered.
                """);

        assertThat(review.reviewer()).isEqualTo("deckhand_77");
        assertThat(review.year()).isEqualTo(2026);
    }

    @Test
    void aVideoPagesChannelOverItsCounters_isTheReviewer_andTheCountersAreNoProse() throws Exception {
        Review review = parse("brine-choir.txt", """
                BRINE CHOIR (2026) Review - the scariest folk musical ever? | No Spoilers
                Wyn Caradog Reviews
                12.1K subscribers
                3,402 views · 2 days ago

                In today's video I review Brine Choir, and Ffion Rees is wonderful as the choirmaster who hears the sea sing back.
                """);

        assertThat(review.reviewer()).isEqualTo("Wyn Caradog Reviews");
        assertThat(review.sections().get(0).text()).startsWith("In today's video").doesNotContain("subscribers", "views");
    }

    @Test
    void aNoteOnTheWriterClosingTheReview_namesTheReviewer_butAClosingLineOnAnActorDoesNot() throws Exception {
        Review letter = parse("corrie-light.txt", """
                Dear Bea,

                You asked whether Corrie Light is worth the bus ride, and the answer is probably not.

                Love,
                Bernard

                Bernard Osei writes a letter about a new film every week to his oldest friend.
                """);
        Review actor = parse("salt-sisters.txt", """
                Salt Sisters is a quiet drama about two sisters who run a lighthouse cafe.

                Nell Brisk is a revelation as the elder sister.
                """);

        Review paper = parse("corrie-dark.txt", """
                Corrie Dark is a quiet drama about a lighthouse keeper's widow, and it is very good.

                Albertine Haskett has reviewed films for the Mercury since 2009.
                """);

        assertThat(letter.reviewer()).isEqualTo("Bernard Osei");
        assertThat(paper.reviewer()).isEqualTo("Albertine Haskett");
        assertThat(actor.reviewer()).isNull();
    }

    @Test
    void aFeedbackFormsNameField_namesTheReviewer_andIsNoHeading() throws Exception {
        Review card = parse("tin-whistle.txt", """
                THE REGAL, ARBROATH
                Audience feedback card. Please hand it in at the box office.

                Film: Tin Whistle
                Screening: Friday 4 December 2026, 20:00
                Your name (optional): Morag Pitcaithly

                1. What did you like most?
                The band scenes, and the girl who plays the drummer.
                """);

        assertThat(card.reviewer()).isEqualTo("Morag Pitcaithly");
        assertThat(card.sections()).extracting(Section::name).noneMatch(name -> name.startsWith("Your name"));
    }

    @Test
    void aNewslettersClosingCredit_namesTheReviewer_butNotASentenceOpeningWithBy() throws Exception {
        Review credited = parse("cask-strength.md", """
                # Cask Strength

                ## A is for Angels

                The angels' share is the whisky lost to the air, and the film opens on it.

                ## Z is for Zest

                Nobody in the hall was bored.

                *Compiled by Isolde Fairweather-Kerr. Cask Strength is in cinemas from Friday.*
                """);
        Review opening = parse("late-queue.txt", """
                Late Queue is a comedy about a bakery's last night.

                By Friday, the queue had gone. So had the bakery.
                """);
        Review midway = parse("first-frost.txt", """
                Compiled by Ottoline Crane. First Frost is a short film.

                The frost arrives in the last reel, and it is beautiful.
                """);

        assertThat(credited.reviewer()).isEqualTo("Isolde Fairweather-Kerr");
        assertThat(opening.reviewer()).isNull();
        assertThat(midway.reviewer()).isNull();
    }

    @Test
    void aLettersSignOff_andADashedSignature_nameTheReviewer_pastThePapersSmallPrint() throws Exception {
        Review letter = parse("pit-pony.txt", """
                The Tyneside Courier
                LETTERS

                Your critic gave Pit Pony one star, and I think he was wrong about it.

                I worked underground for thirty years, and the mine scenes are the truest I have seen.

                Yours sincerely,

                Morwenna Pascoe-Bright

                Ashington

                Letters may be edited for length.
                """);
        Review signed = parse("glass-kiln.txt", """
                Glass Kiln is a small, hot film about a glassblower's last summer, and you will like it.

                You will give it 8/10. So do I.

                — Tobias Renwick-Hale, for The Armchair Circle
                """);
        Review unsigned = parse("quarry-bells.txt", """
                Quarry Bells is slow, and the ending is a cheat.

                Thanks,

                for nothing, frankly.
                """);

        Review column = parse("panto-dame.txt", """
                THE BELLROPE
                Our churchwarden goes to the pictures

                Twelve of us went on the minibus to see Panto Dame, and the hall scenes made us all cry.

                Ada Brigham, as ever, is superb as the dame.

                Ermengarde Scholefield, churchwarden. The flower rota for February is on the porch noticeboard.
                """);
        Review praised = parse("tin-whistle.txt", """
                Tin Whistle is a folk film about a band that cannot agree on anything. Ada Brigham plays the fiddler.

                Ada Brigham, superb.
                """);

        Review praisedMidway = parse("reed-organ.txt", """
                Reed Organ is a folk film about a chapel band that cannot agree on anything.

                Ada Brigham, superb.

                The last gig is the best scene in it.
                """);

        assertThat(column.reviewer()).isEqualTo("Ermengarde Scholefield");
        assertThat(praised.reviewer()).isNull();
        assertThat(praisedMidway.reviewer()).isNull();
        assertThat(letter.reviewer()).isEqualTo("Morwenna Pascoe-Bright");
        assertThat(signed.reviewer()).isEqualTo("Tobias Renwick-Hale");
        assertThat(unsigned.reviewer()).isNull();
    }

    @Test
    void aLiveBlogsWriterWithPostAndPaper_overTheUpdateTime_isTheReviewer() throws Exception {
        Review review = parse("tinsel-strike.txt", """
                LIVE: Tinsel Strike press screening, as it happened
                Nora Quillfeather, film editor, The Northern Herald
                Last updated 21:52 GMT, 4 December 2026

                21:44 Verdict time. Tinsel Strike is a warm, silly Christmas comedy with a great first half.
                """);

        assertThat(review.reviewer()).isEqualTo("Nora Quillfeather");
        assertThat(review.sections().get(0).text()).startsWith("21:44 Verdict time.").doesNotContain("film editor");
    }

    @Test
    void aDiarysWatchedByLine_namesTheReviewer_withoutItsDate() throws Exception {
        Review review = parse("lemon-grove.txt", """
                Watched by Pia Lund 03 Dec 2026
                Lemon Grove 2026
                ★★★½

                ok so this is the cosiest film i have seen all year and i'm slightly annoyed about it.
                """);

        assertThat(review.reviewer()).isEqualTo("Pia Lund");
        // The title's own line gives the film's year; the diary's date is when it was watched.
        assertThat(review.year()).isEqualTo(2026);
    }

    @Test
    void aListItemWrittenInBold_isQuotedWithoutItsAsterisksOrNumber() throws Exception {
        Review review = parse("darts-night.md", """
                # Darts Night

                ## 3 reasons to see it

                **1. Winnie Calloway is a comic force.** As Bev, the team captain, Calloway gets the biggest laughs.

                **2. The score.** It is a *real* colliery brass band, and _Darts Night_ is better for it.

                Posted by darts_fan_88 with a 5* rating.
                """);

        assertThat(review.sections().get(0).text()).isEqualTo("Winnie Calloway is a comic force. As Bev, the team captain,"
                + " Calloway gets the biggest laughs.\n\nThe score. It is a real colliery brass band, and Darts Night is"
                + " better for it.\n\nPosted by darts_fan_88 with a 5* rating.");
    }

    @Test
    void boldLabelsLeadingParagraphs_areHeadings_butNotTheRatingOrTheCredits() throws Exception {
        Review review = parse("tin-kite.md", """
                # Tin Kite

                A small stop-motion film about a kite that wants to be a bird.

                **The good:** It looks gorgeous. Every frame is handmade.
                **Bonus:** the kite sings in the last scene.

                **The scary bits**: Very mild. The storm is loud, but nothing here will bother a five-year-old.

                **Cast:** Lila Okoro, Wilf Sandoval, Hedda Marsh.

                **Rating:** 3/5
                """);

        assertThat(review.sections()).extracting(Section::name)
                .containsExactly("Introduction", "The good", "The scary bits");
        assertThat(review.sections().get(1).text())
                .isEqualTo("It looks gorgeous. Every frame is handmade. Bonus: the kite sings in the last scene.");
        assertThat(review.sections().get(2).text()).startsWith("Very mild.").contains("Cast:").doesNotContain("The scary bits");
        assertThat(review.rating()).isEqualTo("Rating: 3/5");
    }

    @Test
    void diaryEntry_watchDateIsNeitherAHeadingNorTheYear() throws Exception {
        Review review = parse("gullwing.txt", """
                Review by reel_rat_9 ★★★★
                Watched 03 Nov, 2026
                ok so gullwing is maya orr's first feature and it's about a girl who keeps gulls.
                the middle sags a bit but the ending got me. 4 stars.
                """);

        assertThat(review.reviewer()).isEqualTo("reel_rat_9");
        assertThat(review.rating()).isEqualTo("★★★★");
        assertThat(review.year()).isNull();
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.WHOLE_REVIEW);
        assertThat(review.sections().get(0).text()).startsWith("ok so gullwing").doesNotContain("Watched");
    }

    @Test
    void userReview_handleAndDateLineGiveTheReviewer_andTheSiteButtonsGo() throws Exception {
        Review review = parse("the-hive.txt", """
                7/10
                Quiet, odd and worth it
                moth_mother · 12 March 2025
                This is a small drama, 98 minutes long, from 2024, about a beekeeper. Una Clay plays her well.

                If you have patience, see it.

                14 out of 17 found this helpful. Was this review helpful? Sign in to vote.
                Permalink
                """);

        assertThat(review.reviewer()).isEqualTo("moth_mother");
        assertThat(review.rating()).isEqualTo("7/10");
        assertThat(review.year()).isEqualTo(2024);
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.WHOLE_REVIEW);
        assertThat(review.sections().get(0).text()).startsWith("This is a small drama").endsWith("see it.")
                .doesNotContain("helpful", "Permalink", "Quiet, odd");
    }

    @Test
    void newsletter_nameAboveTheIssueAndTheAuthorOverTheDate_areNoHeadings_andTheSignOffGoes() throws Exception {
        Review review = parse("soap-suds.txt", """
                Reel Talk Weekly
                Issue #12: a bakery, a bet and the best cast of the year
                Nell Osei
                Mar 3, 2026
                Hi all,

                Go and see Rising Dough, a tiny comedy that made me laugh for 90 minutes straight.
                The Cast
                Every one of the bakers is wonderful, and Ada Brook steals it.

                That's it from me this week.

                Thanks for reading Reel Talk Weekly! Subscribe for free to receive new posts.
                """);

        assertThat(review.reviewer()).isEqualTo("Nell Osei");
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "The Cast");
        assertThat(review.sections().get(0).text()).startsWith("Hi all,").doesNotContain("Issue #12", "Mar 3");
        assertThat(review.sections().get(1).text()).endsWith("That's it from me this week.").doesNotContain("Subscribe");
    }

    @Test
    void mediumPost_authorWithTheFollowButtonOverTheReadingTime_isTheReviewer() throws Exception {
        Review review = parse("gull-tide.txt", """
                Gull Tide Is Gorgeous and Empty
                Why the year's most hyped folk horror left me cold
                Rosa Achebe · Follow
                6 min read · Nov 2, 2026
                I wanted to love Gull Tide, and for an hour I did.
                """);

        assertThat(review.reviewer()).isEqualTo("Rosa Achebe");
        assertThat(review.sections().get(0).text()).startsWith("I wanted to love Gull Tide");
    }

    @Test
    void blogPost_postedByLineGivesReviewerAndOutlet_andItsDateIsNotTheFilmsYear() throws Exception {
        Review review = parse("deep-pump.md", """
                # The Deep Pump

                *Posted by Lena Marsh on The Night Desk, 9 October 2025*

                A mining crew meets something in the pipes. The film hit cinemas in 2024 and runs 101 minutes.

                ## The Look

                Cinematographer Ivo Dane lights it in sodium orange.
                """);

        assertThat(review.reviewer()).isEqualTo("Lena Marsh");
        assertThat(review.source()).isEqualTo("The Night Desk");
        assertThat(review.year()).isEqualTo(2024);
        assertThat(review.sections().get(0).text()).startsWith("A mining crew");
    }

    @Test
    void formsLabelTheirWriter_withTheTradeAfterAnotherRole_andAStarRatingInWords() throws Exception {
        Review log = parse("umbriel.txt", """
                MEMBERS' OBSERVING LOG
                Observer: Lenora Feaver, society film secretary and film critic of the Bollin Valley Chronometer
                Seeing: 2/5. Transparency: good.

                19:40 A radio telescope picks up a signal. Yewande Kilby is terrific.
                """);
        Review form = parse("elfsteden.txt", """
                RISK ASSESSMENT FORM
                Assessor: Kadri Threapleton, health and safety adviser, who also writes the film column for The Fen Slough Tablet
                Overall risk rating: MEDIUM. Film rating: two stars out of five.

                Hazard 1: Running time
                At 112 minutes it feels nearer three hours.
                """);

        assertThat(log.reviewer()).isEqualTo("Lenora Feaver");
        assertThat(form.reviewer()).isEqualTo("Kadri Threapleton");
        assertThat(form.rating()).endsWith("two stars out of five");
    }

    @Test
    void statementNoPersonSigns_isCreditedToItsSource_butAnAuthorStillComesFirst() throws Exception {
        Review jury = parse("saltpetre-jury.md", """
                ---
                title: Saltpetre
                source: Sirocco Film Festival
                ---
                ## Best Film

                Not one of its 139 minutes is wasted.
                """);
        Review signed = parse("saltpetre-kell.md", """
                ---
                title: Saltpetre
                source: The Dales Courant
                critic: Araminta Kell
                ---
                ## Review

                It is long.
                """);

        assertThat(jury.reviewer()).isEqualTo("Sirocco Film Festival");
        assertThat(jury.id()).isEqualTo(Review.idFor("Saltpetre", "saltpetre-jury"));
        assertThat(signed.reviewer()).isEqualTo("Araminta Kell");
    }

    @Test
    void listicle_numberedHeadingsAreSections_andItemNumbersAreNotQuoted() throws Exception {
        Review review = parse("tin-whistle.txt", """
                I did not expect to love a film about a brass band, but here we are.
                3 Things I Loved
                1. Ada Kell. She plays the conductor with real bite.
                2. The music. Composer Rob Vane writes a rousing score.
                2 Things I Didn't
                1. The romance. It feels bolted on.
                2. The middle. It drags.
                Final score: 7 out of 10.
                """);

        assertThat(review.sections()).extracting(Section::name)
                .containsExactly(Section.OPENING, "3 Things I Loved", "2 Things I Didn't");
        assertThat(review.section("3 Things I Loved").orElseThrow().text())
                .isEqualTo("Ada Kell. She plays the conductor with real bite.\n\nThe music. Composer Rob Vane writes a rousing score.");
        assertThat(review.rating()).isEqualTo("score: 7 out of 10");
    }

    @Test
    void plusAndMinusLists_eachItemIsAParagraph_withoutItsSign_underItsLabel() throws Exception {
        Review review = parse("reef-light.md", """
                # Reef Light

                ## Pros and Cons

                Pros:
                + Two leads with real chemistry
                + A jaunty score

                Cons:
                - A baggy middle
                """);

        assertThat(review.section("Pros and Cons").orElseThrow().text()).isEqualTo(
                "Pros:\n\nTwo leads with real chemistry\n\nA jaunty score\n\nCons:\n\nA baggy middle");
    }

    @Test
    void capitalLabelsOnLinesOfTheirOwn_areHeadings_butNotALowerCaseListLabelNorARepeatedSpeaker() throws Exception {
        Review review = parse("ice-rink.txt", """
                The Ice Rink skates on thin ice.

                THE PACE:
                At 112 minutes it feels twice as long, and the middle hour is practice, argument, practice.

                THE GOOD NEWS:
                Esme Varga, as the goalie, is a genuine find.

                Pros:
                The hockey is staged with real energy.

                HOST:
                I liked the goalie a lot, honestly.

                HOST:
                So did I, and the music too.
                """);

        assertThat(review.sections()).extracting(Section::name).containsExactly("Introduction", "THE PACE", "THE GOOD NEWS");
        assertThat(review.section("THE PACE").orElseThrow().text()).startsWith("At 112 minutes");
        assertThat(review.section("THE GOOD NEWS").orElseThrow().text()).contains("Pros:", "HOST:");
    }

    @Test
    void markdownTable_eachRowIsALabelledLine_withoutItsHeaderAndRule() throws Exception {
        Review review = parse("hollow-saints.md", """
                # The Hollow Saints

                A southern gothic set in the bayou.

                | Credit | Name |
                |:---|---:|
                | Director | Beatrix Sandoval |
                | Cast | Oona Reyes | Augustin Greaves |

                ## The story
                Two sisters come home to bury their mother.
                """);

        assertThat(review.sections().get(0).text()).isEqualTo(
                "A southern gothic set in the bayou.\n\nDirector: Beatrix Sandoval\n\nCast: Oona Reyes, Augustin Greaves");
    }

    @Test
    void listLabels_areHeadingShapedLinesEndingInAColon() {
        assertThat(Section.isListLabel("What works:")).isTrue();
        assertThat(Section.isListLabel("Cons:")).isTrue();
        assertThat(Section.isListLabel("Verdict: three stars, and a bright future.")).isFalse();
        assertThat(Section.isListLabel("What works")).isFalse();
        assertThat(Section.isListLabel(":")).isFalse();
    }

    @Test
    void creditsLines_areALabelThenMostlyNames_notASpeakersWords() {
        assertThat(Section.isCreditsLine("Crew: Director: Agnes Holt.")).isTrue();
        assertThat(Section.isCreditsLine("With: Rufus Okoro, Dominic Bale, Imogen Castell.")).isTrue();
        assertThat(Section.isCreditsLine("Production: A Halyard Pictures production, in association with Northlight Films.")).isTrue();
        assertThat(Section.isCreditsLine("Producers: Margo Sandoval, Idris Pell and the rest.")).isTrue();
        assertThat(Section.isCreditsLine("MAYA: You could not.")).isFalse();
        assertThat(Section.isCreditsLine("TOM: Next week, we're doing the new Ardmore documentary.")).isFalse();
        assertThat(Section.isCreditsLine("Her sense of pace is not yet there, says Agnes Holt.")).isFalse();
        assertThat(Section.isCreditsLine("Verdict: see it for Rosamund Tey.")).isFalse();
    }

    @Test
    void festivalCreditsLine_givesTheYear() throws Exception {
        Review review = parse("three-hands.txt", """
                FESTIVAL DISPATCH, DAY TWO. A documentary drew a standing ovation last night.
                Three Hands (dir. Ana Brook; UK; documentary; 2021; 91 min)
                Two sisters relearn their act after a stroke, and it is very funny.
                """);

        assertThat(review.year()).isEqualTo(2021);
    }

    @Test
    void frontMatter_otherFieldNamesAreRead() throws Exception {
        Review review = parse("blue-hour.md", """
                ---
                film: The Blue Hour
                released: 2025-03-14
                critic: Benedikt Roe
                stars: 3
                outlet: Noir Quarterly
                ---

                A stylish, frustrating noir. Three stars.
                """);

        assertThat(review).extracting(Review::title, Review::year, Review::reviewer, Review::rating, Review::source)
                .containsExactly("The Blue Hour", 2025, "Benedikt Roe", "3 stars", "Noir Quarterly");
    }

    @Test
    void htmlRemnants_tagsGoAndALineBreakTagEndsALine() throws Exception {
        Review review = parse("mercy.txt", """
                <p>There are films that chill you, and <em>Low Water</em> is one.</p>
                The Storm
                <p>Shot at night by <strong>Sabine Holt</strong>.<br>The score is lovely.&nbsp;Rating: 4/5</p>
                """);

        assertThat(review.section("The Storm").orElseThrow().text())
                .isEqualTo("Shot at night by Sabine Holt.\n\nThe score is lovely. Rating: 4/5");
        assertThat(review.sections().get(0).text()).isEqualTo("There are films that chill you, and Low Water is one.");
    }

    @Test
    void hardWrappedPlainText_keepsAWrappedSentenceInOneParagraph_whileShortLinesStayHeadings() throws Exception {
        Review review = parse("slate-hollow.txt", """
                A mining village in the Welsh hills, a winter of strikes, and a chapel choir that will
                not stop singing.
                Cast
                Maud Tolliver plays Nell Rees, the choir mistress, with a stillness that holds every scene, and Rhys
                Penhale is the villain.
                The hymns were recorded live.
                """);

        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Cast");
        assertThat(review.sections().get(0).text())
                .isEqualTo("A mining village in the Welsh hills, a winter of strikes, and a chapel choir that will not stop singing.");
        assertThat(review.sections().get(1).text().split("\n\n")).containsExactly(
                "Maud Tolliver plays Nell Rees, the choir mistress, with a stillness that holds every scene, and Rhys Penhale is the villain.",
                "The hymns were recorded live.");
    }

    /** A letter's signature may close with a full stop; its score is given in a sentence of prose. */
    @Test
    void aLetter_isSignedWithAFullStop_andScoresTheFilmInProse() throws Exception {
        Review review = parse("wrackline.txt", """
                To whom it may concern,

                I am writing in support of the application of Wrackline for the position of Film of the Year.

                If asked to score the candidate I would give it 9/10, and I would happily see it again tomorrow.

                Yours faithfully,

                Tamsyn Nankivell, film critic, The Wednesday Circular.
                """);

        assertThat(review.reviewer()).isEqualTo("Tamsyn Nankivell");
        assertThat(review.rating()).isEqualTo("9/10");
    }

    /** The verbs of scoring give a rating in prose; a certificate ("rated 15") is none. */
    @Test
    void aScoreGivenByAVerbOfScoring_isTheRating_butACertificateIsNot() throws Exception {
        assertThat(parse("lipless.txt", """
                The film is rated 15 and that is correct. In my opinion it deserves four stars. I am willing to attend court.
                """).rating()).isEqualTo("four stars");
        assertThat(parse("unrated.txt", """
                The film is rated 15 and that is correct. It scores on the pier scenes and gives the doll real menace.
                It is truer than The Long Pot Blues, which Mr Strode gave four stars last year.
                Metacritic assigned the film a weighted average score of 66 out of 100.
                """).rating()).isNull();
    }

    /**
     * "Overall, two stars: one for the granite": a score's "stars" before a colon is no label over the rating, and "Three
     * stars: a good place to work" closing a paragraph is the rating.
     */
    @Test
    void aScoreBeforeAColon_isNoLabel() throws Exception {
        assertThat(parse("wrackline.txt", """
                ★★☆☆☆

                Read all of this leaflet carefully before you start watching this film.

                Overall, two stars: one for the granite, one for the father.
                """).rating()).isEqualTo("★★☆☆☆");
        // A closing sentence opening on the score, its reason after the colon: the rating, not a grade "a".
        assertThat(parse("cold-calls.txt", """
                For Ailsa, yes. For the company, never. Three stars: a good place to work for a fortnight.
                """).rating()).isEqualTo("Three stars");
    }

    /** "Four hearts out of five, and the missing one is for the brother.": the score opens its sentence before an aside. */
    @Test
    void aScoreInOwnUnits_opensASentenceBeforeAnAside() throws Exception {
        assertThat(parse("carriage-return.txt", """
                Yes. The ending made me cry in a car park. Four hearts out of five, and the missing one is only for the brother.
                """).rating()).isEqualTo("Four hearts out of five");
        assertThat(parse("crowd.txt", """
                The ending made me cry. Nine people out of ten, in my row, cried too, and the tenth was asleep.
                """).rating()).isNull();
    }

    /**
     * A page crediting itself to a critic names the reviewer: "Devised and served by your critic, Eglantine Sharrock",
     * "Prepared by Cyrilla Tranter, pharmacist and film critic", "coach Morag Haldane, who also reviews films for ..."; a
     * letter complaining of the paper's critic does not.
     */
    @Test
    void aPageCreditedToItsCritic_namesTheReviewer_butALetterAboutTheCriticDoesNot() throws Exception {
        Review review = parse("gastrique.txt", """
                Tonight's tasting menu: GASTRIQUE (France/UK, 2026). Seven courses, 104 minutes, certificate 15.
                Devised and served by your critic, Eglantine Sharrock. Vegetarian options on request.

                A black comedy in a Lyon bouchon on the worst night of its life.
                """);

        assertThat(review.reviewer()).isEqualTo("Eglantine Sharrock");
        Review letter = parse("queen-of-the-baize.txt", """
                Sir, — Your film critic, Percival Strode, gave Queen of the Baize one star last Friday.

                I have to write in its defence.

                Yours faithfully,
                Edna Wigfield
                """);
        assertThat(letter.reviewer()).isEqualTo("Edna Wigfield");
        Review leaflet = parse("wrackline.md", """
                # Wrackline

                *Package leaflet: information for the viewer. Prepared by Cyrilla Tranter, pharmacist and film critic, for The Dispensary Review.*

                ## 1. What Wrackline is
                A drama about a seaweed-gathering family on the Breton coast. Directed by Soazig Le Bihan, a former editor.
                """);
        assertThat(leaflet.reviewer()).isEqualTo("Cyrilla Tranter");
        assertThat(parse("deadlift.txt", """
                LANARKSHIRE LIFT · MEMBERS' PROGRAMME CARD
                Programme written by coach Morag Haldane, who also reviews films for the club newsletter, after the matinee.

                Warm-up: Deadlift is a Scottish sports drama, directed by Fergus Imlach, a former lifter.
                """).reviewer()).isEqualTo("Morag Haldane");
        assertThat(parse("river-card.txt", """
                CardRoom Hand #77: Hold'em No Limit ($1/$2) - 2026/12/13 23:12:40 ET
                Seat 1: Loretta (Imelda Farraday) ($500 in chips)
                Seat 2: jpenhallow ($200 in chips)

                *** HOLE CARDS ***
                Note from jpenhallow (Jory Penhallow, who reviews films for The Felt): River Card is a crime comedy.

                *** SUMMARY ***
                Verdict: three stars out of five.
                """).reviewer()).isEqualTo("Jory Penhallow");
        assertThat(parse("bus-lane.txt", """
                PENALTY CHARGE NOTICE
                The Margate Courier · Film enforcement desk
                Enforcement officer: Honor Quennell, film critic, badge number 0413

                BUS LANE (UK, 2026). Romantic comedy. Directed by Lesley Tamworth, a former critic.
                """).reviewer()).isEqualTo("Honor Quennell");
        assertThat(parse("the-hanged-man.html", """
                <h1>The Hanged Man: a three-card reading</h1>
                <p class="meta">Drawn by Morwenna Tull &middot; The Crooked Card &middot; 16 December 2026</p>
                <p>I shuffled and asked whether you should spend an evening with it. It is a war drama, directed by Wannes Verlinde.</p>
                """).reviewer()).isEqualTo("Morwenna Tull");
        assertThat(parse("the-hanged-man.html", """
                <h1>The Hanged Man</h1>
                <p class="meta">Directed by Wannes Verlinde &middot; Belgium &middot; 16 December 2026</p>
                <p>A war drama, reviewed here without a byline.</p>
                """).reviewer()).isNull();
    }

    /**
     * A will signed by its critic in the first person ("made by me, NAME, film critic of ...") names the reviewer; a
     * forum post's numbered header ("Post #1 · handle · date") names its poster, and the thread's title line still
     * gives the year ("Saltpetre (2026) - am I the only one?").
     */
    @Test
    void aCriticsOwnWill_andAForumPostsNumberedHeader_nameTheReviewer() throws Exception {
        assertThat(parse("ziaboga.txt", """
                THE LAST WILL AND TESTAMENT OF A FILM CRITIC

                THIS WILL is made by me, Berengaria Ardagh-Boyce, film critic of The Saturday Wayfarer, being of sound mind.

                I GIVE the rest and residue of my stars, being five stars, to Ziaboga absolutely.
                """).reviewer()).isEqualTo("Berengaria Ardagh-Boyce");
        Review post = parse("saltpetre.txt", """
                The Back Projection Forums › Festival & Arthouse › Saltpetre (2026) - am I the only one? [spoilers tagged]
                Saltpetre (2026) - am I the only one? [spoilers tagged]
                Post #1 · spentcasing · 29 November 2026, 22:41

                Just back from Saltpetre at the Regal. It won the Golden Carob, and I was flattened, but by boredom.
                """);
        assertThat(post.reviewer()).isEqualTo("spentcasing");
        assertThat(post.year()).isEqualTo(2026);
    }
    /**
     * A critic sent by ("Sent by NAME, film critic of ..."), named with the trade in brackets ("Customer: NAME (film
     * critic, The Monday Pennon)"), or credited in a label's small print at the foot ("Label written and packed by NAME,
     * family film reviewer for ...") is the reviewer; a film's own credits ("Directed by NAME, a former film critic")
     * are not.
     */
    @Test
    void aCriticSentOrBracketedOrCreditedAtTheFoot_isTheReviewer_butNotTheFilmsDirector() throws Exception {
        assertThat(parse("arsenical.txt", """
                Telegrams from Hexham: our critic at the festival.
                Sent by Letitia Orpwood, film critic of The Tynedale Looking-Glass, to the arts editor.

                FESTIVAL OPENED WITH ARSENICAL STOP EIGHT OUT OF TEN STOP
                """).reviewer()).isEqualTo("Letitia Orpwood");
        assertThat(parse("paladina.txt", """
                Help Centre > Live chat
                Customer: Casimir Quarrendon (film critic, The Monday Pennon) · Agent: Maggie

                Casimir: Paladina, 18:00, Screen 6. I would like my money back.
                """).reviewer()).isEqualTo("Casimir Quarrendon");
        assertThat(parse("tawny.md", """
                # Tawny

                A family film about an owl who is afraid of the dark. The fox steals it.

                ## Storage

                Store in a cool, dark cinema.

                *Label written and packed by Marjolein Dekker, family film reviewer for The Pushchair Post.*
                """).reviewer()).isEqualTo("Marjolein Dekker");
        assertThat(parse("custard.txt", """
                FOOD HYGIENE RATINGS · FILMS
                Business name: CUSTARD (UK, 2026). Business type: family comedy.
                Inspected by Anwen Burscough, an environmental health officer by day and the film critic of The Tees Tureen by night.

                A school cook enters a television contest.
                """).reviewer()).as("the trade after another").isEqualTo("Anwen Burscough");
        assertThat(parse("scent.txt", """
                missed connections › london › walthamstow
                Scent, Screen 3, Thursday 9pm. You: green scarf. Me: the woman in the next seat who disagreed.

                You will remember me because I sighed, about forty times.

                First, who I am, so you know I am not just a crank. I’m Ros Quaintance, and I review films for The Walthamstow Wagtail.
                """).reviewer()).as("introducing herself by the trade").isEqualTo("Ros Quaintance");
        assertThat(parse("rowing.md", """
                # Rowing

                *Leisure cover. Claim form: loss of time and enjoyment (cinema).*

                ## Section A: Policyholder

                Name: Cyprian Sayle

                Occupation: Film critic, The Tuesday Lodestone

                ## Section C: Describe what happened

                I was told Rowing was the best sports film in years. Instead I checked my watch.
                """).reviewer()).as("a form's name field over the trade").isEqualTo("Cyprian Sayle");
        assertThat(parse("rowing.md", """
                # Rowing

                ## Section A: Policyholder

                Name: Cyprian Sayle

                Occupation: Plumber

                ## Section C: Describe what happened

                I was told Rowing was the best sports film in years. Instead I checked my watch.
                """).reviewer()).as("a name field over another trade").isNull();
        assertThat(parse("quarry.md", """
                # Quarry Light

                A keeper refuses to leave a lighthouse above a flooded quarry, and it is very slow.

                Directed by Ana Reyes, a former film critic, and it shows.
                """).reviewer()).isNull();
    }

    /**
     * The trade as a label before the name ("Your tour manager and film critic: Clarissa Dunwoody, of ...") names the
     * reviewer; a label of another trade ("Driver: Ossie Pratt") does not.
     */
    @Test
    void aNameTheCriticsTradeLabels_isTheReviewer_butNotOneAnotherTradeLabels() throws Exception {
        assertThat(parse("dunmore.txt", """
                Tour D7: Dunmore Flats, by coach and on foot, in 98 minutes
                Your tour manager and film critic: Halcyon Brierley, of The Charabanc Review. Tour grade: B.

                Day 1: the flats. A family holds out against the bulldozers for one last summer.
                """).reviewer()).isEqualTo("Halcyon Brierley");
        assertThat(parse("dunmore.txt", """
                Tour D7: Dunmore Flats, by coach and on foot, in 98 minutes
                Your tour manager and driver: Ossie Pratt. Tour grade: B.

                Day 1: the flats. A family holds out against the bulldozers for one last summer.
                """).reviewer()).isNull();
    }
}
