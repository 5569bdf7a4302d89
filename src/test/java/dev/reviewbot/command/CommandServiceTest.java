package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command layer as every platform meets it, over a small real library: SmallReviews' two films plus a
 * second, anonymous review of Lantern Bay (so a film has two reviews sharing a section). Each test gets
 * fresh command state (a limit of two questions a minute, its own feedback file, a fixed clock).
 */
class CommandServiceTest {

    private static final String SECOND_LANTERN_BAY = """
            ---
            title: Lantern Bay
            ---

            ## The Bottom Line

            A second opinion: Lantern Bay is slow, but the ending is worth the wait.

            ## Plot Notes

            The lighthouse keeper's widow refuses to sell the family house to the harbour board.
            """;

    /**
     * Built once per JVM and never closed (like SharedBot): PIT runs each test on its own, and a bot per run
     * would embed the library again for every test of every mutant. Tests that change the library add their
     * own films and remove them again; a library left otherwise (a test that failed half-way, a mutant) is
     * built anew for the next test.
     */
    private static ReviewBot bot;
    private static List<String> storedIds;

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Requester ANA = new Requester("discord", "ana", Requester.Place.channel("g1", "c1"));
    private static final Requester BEN = new Requester("discord", "ben", Requester.Place.channel("g1", "c1"));

    @TempDir
    Path dir;
    private CommandService commands;
    private FeedbackLog feedback;

    @BeforeEach
    void freshState() throws Exception {
        if (bot == null) {
            ReviewBot small = SmallReviews.bot();
            small.library().ingest(List.of(new ReviewParser(64 * 1024).parse("lantern-bay-anon.md",
                    SECOND_LANTERN_BAY.getBytes(StandardCharsets.UTF_8), null)));
            bot = small;
            storedIds = ids();
        }
        feedback = new FeedbackLog(dir.resolve("feedback.jsonl"));
        InMemoryOnce once = new InMemoryOnce(Duration.ofDays(1), () -> 0L);
        commands = bot.commands().with(new CommandService.State(new RateLimiter(2, () -> 0L),
                new InMemoryRecentAnswers(() -> 0L), once, feedback, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void sameLibraryForTheNextTest() {
        if (!ids().equals(storedIds)) {
            bot.close();
            bot = null;
        }
    }

    private static List<String> ids() {
        return bot.library().catalog().reviews().stream().map(Review::id).toList();
    }

    private Reply run(BotCommand command) {
        return commands.execute(ANA, command);
    }

    private Reply.AnswerReply ask(String question) {
        return (Reply.AnswerReply) commands.execute(ANA, new BotCommand.Ask(question, Optional.empty()));
    }

    private static String text(Reply reply) {
        return new PlainTextRenderer().render(reply);
    }

    // Questions and the rate limit

    @Test
    void aQuestion_isAnswered_andItsIdFindsItAgain() {
        Reply.AnswerReply reply = ask("how is the acting in Lantern Bay?");

        assertThat(reply.answer().grounded()).isTrue();
        assertThat(reply.answer().citations()).extracting(Citation::review).contains("Lantern Bay");
        assertThat(reply.answerId()).matches("[0-9a-z]{1,12}");
        Reply again = run(new BotCommand.Recall(reply.answerId()));
        assertThat(again).isInstanceOf(Reply.AnswerReply.class);
        assertThat(((Reply.AnswerReply) again).answer()).isEqualTo(reply.answer());
        assertThat(((Reply.AnswerReply) again).answerId()).isEqualTo(reply.answerId());
        assertThat(((Reply.AnswerReply) again).result().cached()).isTrue();
    }

    @Test
    void aQuestionScopedToAFilm_thatIsNotStored_isAProblemNamingTheStoredFilms() {
        Reply reply = run(new BotCommand.Ask("how is the acting?", Optional.of("Salt River")));

        assertThat(reply).isEqualTo(new Reply.Problem("unknown film 'Salt River'; stored films: Lantern Bay, Marrow Lane"));
    }

    @Test
    void theThirdQuestionInAMinute_isRefusedOnceInWords_thenQuietly_whileOthersAreStillAnswered() {
        assertThat(commands.refusal(ANA, new BotCommand.Ask("q1", Optional.empty()))).isEmpty();
        assertThat(commands.refusal(ANA, new BotCommand.Ask("q2", Optional.empty()))).isEmpty();

        Reply third = commands.execute(ANA, new BotCommand.Ask("how is the acting in Lantern Bay?", Optional.empty()));
        Reply fourth = commands.execute(ANA, new BotCommand.Ask("how is the acting in Lantern Bay?", Optional.empty()));

        String limit = "You have asked 2 questions in the last minute, the limit (2 questions a minute each); "
                + "please wait a moment and ask again.";
        assertThat(third).isEqualTo(new Reply.RateLimited(limit, false));
        assertThat(fourth).isEqualTo(new Reply.RateLimited(limit, true));
        assertThat(commands.limitReached()).isEqualTo(limit);
        assertThat(commands.refusal(BEN, new BotCommand.Ask("q", Optional.empty()))).isEmpty();
        // Commands other than questions, and the console, are never limited.
        assertThat(commands.refusal(ANA, new BotCommand.Help())).isEmpty();
        assertThat(commands.execute(ANA, new BotCommand.Help())).isInstanceOf(Reply.HelpText.class);
        Requester console = Requester.console("s1");
        for (int i = 0; i < 3; i++) {
            assertThat(commands.refusal(console, new BotCommand.Ask("q", Optional.empty()))).isEmpty();
        }
    }

    @Test
    void anEmptyMessage_getsTheHintOnce_thenQuiet_perUser() {
        assertThat(run(new BotCommand.Empty())).isEqualTo(new Reply.Hint(CommandService.HINT, false));
        assertThat(run(new BotCommand.Empty())).isEqualTo(new Reply.Hint(CommandService.HINT, true));
        assertThat(commands.execute(BEN, new BotCommand.Empty())).isEqualTo(new Reply.Hint(CommandService.HINT, false));
    }

    @Test
    void chatServices_overOtherState_runTheSameCommandsOverIt() {
        ChatServices services = bot.chatServices().with(commands.state());

        assertThat(services.commands().state()).isSameAs(commands.state());
        assertThat(services.parser()).isSameAs(bot.chatServices().parser());
        assertThat(services.commands().execute(ANA, new BotCommand.Empty())).isEqualTo(new Reply.Hint(CommandService.HINT, false));
        assertThat(commands.execute(ANA, new BotCommand.Empty())).isEqualTo(new Reply.Hint(CommandService.HINT, true));
    }

    // Admins: where the bot answers, and what it was asked (each test in a server of its own)

    @Test
    void anAdminsChannelList_refusesQuestionsElsewhereInThatServer() {
        Requester admin = new Requester("discord", "ada", Requester.Place.channel("g-lists", "c9"));
        Requester elsewhere = new Requester("discord", "ben", Requester.Place.channel("g-lists", "c2"));
        BotCommand.Ask question = new BotCommand.Ask("how is the acting in Lantern Bay?", Optional.empty());

        assertThat(commands.execute(admin, new BotCommand.Channels(BotCommand.ChannelChange.SET, List.of("c1"))))
                .isEqualTo(new Reply.ChannelList(List.of("c1")));

        assertThat(commands.execute(elsewhere, question)).isEqualTo(new Reply.NotHere(List.of("c1")));
        assertThat(commands.refusal(elsewhere, question)).contains(new Reply.NotHere(List.of("c1")));
        assertThat(commands.execute(ANA, new BotCommand.Help())).isInstanceOf(Reply.HelpText.class);
    }

    @Test
    void anAdminsReport_countsTheirServersQuestions_andTheConsoleSeesEveryServer() {
        Requester asker = new Requester("discord", "cy", Requester.Place.channel("g-report", "c1"));
        Requester otherServer = new Requester("discord", "dee", Requester.Place.channel("g-quiet", "c1"));
        commands.execute(asker, new BotCommand.Ask("how is the acting in Lantern Bay?", Optional.empty()));
        commands.execute(asker, new BotCommand.Ask("what is the budget of Lantern Bay?", Optional.empty()));
        BotCommand.Report lastDay = new BotCommand.Report(Duration.ofDays(1));

        ActivityReport server = ((Reply.ReportReply) commands.execute(asker, lastDay)).report();
        ActivityReport quiet = ((Reply.ReportReply) commands.execute(otherServer, lastDay)).report();
        ActivityReport console = ((Reply.ReportReply) commands.execute(Requester.console("s1"), lastDay)).report();

        assertThat(server.asked()).isEqualTo(2);
        assertThat(server.answered()).isEqualTo(1);
        assertThat(server.from()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(server.to()).isEqualTo(NOW);
        assertThat(quiet.asked()).isZero();
        assertThat(console.asked()).isGreaterThanOrEqualTo(2);
    }

    // Browsing the library

    @Test
    void help_listsEveryCommand() {
        assertThat(run(new BotCommand.Help())).isEqualTo(new Reply.HelpText(CommandService.COMMANDS));
        assertThat(text(run(new BotCommand.Help()))).contains("/reviews", "/review <film> [section]", "/stats");
    }

    @Test
    void theReviewList_holdsEveryStoredReview() {
        Reply reply = run(new BotCommand.ListReviews());

        assertThat(((Reply.ReviewList) reply).reviews()).extracting(Review::displayName).containsExactlyInAnyOrder(
                "Lantern Bay", "Lantern Bay (review by Odette Brill)", "Marrow Lane (review by Nadia Ferris)");
    }

    @Test
    void stats_countTheLibrary() {
        BotStats stats = ((Reply.StatsReply) run(new BotCommand.Stats())).stats();

        assertThat(stats.reviews()).isEqualTo(3);
        assertThat(stats.films()).isEqualTo(2);
        assertThat(stats.sections()).isEqualTo(bot.library().catalog().sectionCount()).isGreaterThan(3);
        assertThat(stats.libraryVersion()).isEqualTo(bot.library().catalog().version());
    }

    @Test
    void stats_countTheCachesAndVotes() {
        // Asked in two new conversations, so the second finds the first's answer in the cache.
        BotCommand.Ask question = new BotCommand.Ask("who wrote the score of Lantern Bay?", Optional.empty());
        Reply.AnswerReply reply = (Reply.AnswerReply) commands.execute(
                new Requester("discord", "cara", Requester.Place.direct("dm-stats-1")), question);
        BotStats before = ((Reply.StatsReply) run(new BotCommand.Stats())).stats();
        commands.execute(new Requester("discord", "dan", Requester.Place.direct("dm-stats-2")), question);
        run(new BotCommand.Vote(reply.answerId(), false));

        BotStats after = ((Reply.StatsReply) run(new BotCommand.Stats())).stats();

        assertThat(before.answers().size()).isPositive();
        assertThat(after.answers().hits()).isEqualTo(before.answers().hits() + 1);
        assertThat(after.answers().misses()).isEqualTo(before.answers().misses());
        assertThat(after.embeddings().size()).isPositive();
        assertThat(after.answered() + after.declined()).isEqualTo(before.answered() + before.declined() + 1);
        // The vote went to this test's own log; stats count the bot's.
        assertThat(feedback.unhelpfulCount()).isEqualTo(1);
    }

    @Test
    void aFilmAsTyped_showsTheOutlineOfEachReview_withItsScorecard() {
        Reply.ReviewOutline outline = (Reply.ReviewOutline) run(new BotCommand.ShowReview("lantern bay", Optional.empty()));
        Reply.ReviewOutline blankSection = (Reply.ReviewOutline) run(new BotCommand.ShowReview("Lantern Bay", Optional.of("  ")));

        assertThat(outline.film()).isEqualTo("Lantern Bay");
        assertThat(outline.reviews()).hasSize(2);
        assertThat(outline.scorecards()).extracting(Scorecard::reviewer)
                .containsExactlyElementsOf(outline.reviews().stream().map(Review::reviewer).toList());
        assertThat(outline.scorecards().get(0).sections()).extracting(Scorecard.SectionScore::name)
                .containsExactlyElementsOf(outline.reviews().get(0).sections().stream().map(s -> s.name()).toList());
        assertThat(blankSection.reviews()).isEqualTo(outline.reviews());
    }

    @Test
    void aSection_typedWithTwoTypos_isShownFromEveryReviewThatHasIt() {
        Reply.SectionText shown = (Reply.SectionText) run(new BotCommand.ShowReview("Lantern Bay", Optional.of("the botom lin")));

        assertThat(shown.film()).isEqualTo("Lantern Bay");
        assertThat(shown.sections()).hasSize(2).allSatisfy(rs -> assertThat(rs.section().name()).isEqualTo("The Bottom Line"));
        assertThat(shown.sections()).extracting(rs -> rs.review().reviewer()).containsExactlyInAnyOrder(null, "Odette Brill");
    }

    @Test
    void aSectionOnlyOneReviewHas_isShownFromThatReviewAlone() {
        Reply.SectionText shown = (Reply.SectionText) run(new BotCommand.ShowReview("Lantern Bay", Optional.of("Plot Notes")));

        assertThat(shown.sections()).singleElement().satisfies(rs -> {
            assertThat(rs.review().reviewer()).isNull();
            assertThat(rs.section().text()).contains("refuses to sell the family house");
        });
    }

    @Test
    void aSectionNoReviewHas_isAProblemListingTheSections() {
        Reply reply = run(new BotCommand.ShowReview("Lantern Bay", Optional.of(" Soundtrack ")));

        assertThat(reply).isInstanceOf(Reply.Problem.class);
        assertThat(((Reply.Problem) reply).message()).isEqualTo("the review of Lantern Bay has no section 'Soundtrack'; "
                + "its sections: " + String.join(", ", bot.library().catalog().sectionsOf("Lantern Bay")));
        assertThat(((Reply.Problem) reply).message()).contains("Behind the Camera", "Plot Notes");
    }

    @Test
    void aFilmNotStored_isAProblemNamingTheStoredFilms() {
        assertThat(run(new BotCommand.ShowReview("Salt River", Optional.empty())))
                .isEqualTo(new Reply.Problem("unknown film 'Salt River'; stored films: Lantern Bay, Marrow Lane"));
    }

    @Test
    void aCitedSection_showsTheCitedReviewersSection_orEveryReviewsWhenNoneIsNamed() {
        BotCommand.CitedSection odette = new BotCommand.CitedSection("Lantern Bay", "The Bottom Line", Optional.of("Odette Brill"));
        BotCommand.CitedSection anonymous = new BotCommand.CitedSection("Lantern Bay", "The Bottom Line", Optional.of(""));
        BotCommand.CitedSection every = new BotCommand.CitedSection("Lantern Bay", "The Bottom Line", Optional.empty());
        BotCommand.CitedSection gone = new BotCommand.CitedSection("Lantern Bay", "The Bottom Line", Optional.of("Nobody Here"));

        assertThat(((Reply.SectionText) run(odette)).sections()).singleElement()
                .satisfies(rs -> assertThat(rs.section().text()).contains("rewards patience"));
        assertThat(((Reply.SectionText) run(anonymous)).sections()).singleElement()
                .satisfies(rs -> assertThat(rs.section().text()).contains("A second opinion"));
        assertThat(((Reply.SectionText) run(every)).sections()).hasSize(2);
        // A reviewer no longer stored: the first review's section rather than nothing.
        assertThat(((Reply.SectionText) run(gone)).sections()).singleElement()
                .isEqualTo(((Reply.SectionText) run(every)).sections().get(0));
    }

    // Buttons on a sent answer

    @Test
    void fullSection_showsTheCitedSection_andAnUnknownCitationIsTooOld() {
        Reply.AnswerReply reply = ask("who lensed Lantern Bay?");
        List<Citation> citations = reply.answer().citations();
        assertThat(citations).isNotEmpty();
        Citation first = citations.get(0);

        Reply.SectionText shown = (Reply.SectionText) run(new BotCommand.FullSection(reply.answerId(), 0));

        assertThat(shown.sections()).singleElement().satisfies(rs -> {
            assertThat(rs.section().name()).isEqualTo(first.section());
            assertThat(rs.section().text()).contains(first.quote());
            assertThat(rs.review().reviewer()).isEqualTo(first.reviewer());
        });
        Reply.Notice tooOld = new Reply.Notice(CommandService.TOO_OLD_FOR_BUTTONS);
        assertThat(run(new BotCommand.FullSection(reply.answerId(), -1))).isEqualTo(tooOld);
        assertThat(run(new BotCommand.FullSection(reply.answerId(), citations.size()))).isEqualTo(tooOld);
        assertThat(run(new BotCommand.FullSection("nosuchid", 0))).isEqualTo(tooOld);
        assertThat(run(new BotCommand.Recall("nosuchid"))).isEqualTo(new Reply.Notice(CommandService.TOO_OLD_TO_SHARE));
    }

    @Test
    void fullSection_ofACitationWithoutReviewer_showsTheAnonymousReview() {
        Answer answer = new Answer.Grounded("what is the verdict?",
                List.of(new Citation("Lantern Bay", "The Bottom Line", null, "A second opinion")));
        String id = commands.state().recentAnswers().remember(answer);

        Reply.SectionText shown = (Reply.SectionText) run(new BotCommand.FullSection(id, 0));

        assertThat(shown.sections()).singleElement().satisfies(rs -> assertThat(rs.review().reviewer()).isNull());
    }

    @Test
    void aVote_isRecordedOncePerUser_withTheQuestionAndCitations() throws Exception {
        Reply.AnswerReply reply = ask("how is the acting in Lantern Bay?");
        String id = reply.answerId();

        assertThat(run(new BotCommand.Vote(id, true))).isEqualTo(new Reply.Notice(CommandService.THANKS_HELPFUL));
        assertThat(run(new BotCommand.Vote(id, false))).isEqualTo(new Reply.Notice(CommandService.ALREADY_RATED));
        assertThat(commands.execute(BEN, new BotCommand.Vote(id, false)))
                .isEqualTo(new Reply.Notice(CommandService.THANKS_UNHELPFUL));

        assertThat(feedback.helpfulCount()).isEqualTo(1);
        assertThat(feedback.unhelpfulCount()).isEqualTo(1);
        List<String> lines = Files.readAllLines(dir.resolve("feedback.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"at\":\"2026-03-01T12:00:00Z\"", "\"platform\":\"discord\"",
                "\"user\":\"ana\"", "\"question\":\"how is the acting in Lantern Bay?\"", "\"helpful\":true",
                reply.answer().citations().get(0).section());
        assertThat(lines.get(1)).contains("\"user\":\"ben\"", "\"helpful\":false");
    }

    @Test
    void aVoteOnAnAnswerNoLongerKept_isTooOldToRate_andRecordsNothing() {
        assertThat(run(new BotCommand.Vote("nosuchid", true))).isEqualTo(new Reply.Notice(CommandService.TOO_OLD_TO_RATE));
        assertThat(feedback.helpfulCount()).isZero();
        assertThat(dir.resolve("feedback.jsonl")).doesNotExist();
    }

    // Autocomplete

    @Test
    void filmSuggestions_startingFirst_thenContaining_allWhenNothingIsTyped() {
        assertThat(run(new BotCommand.SuggestFilms("lant"))).isEqualTo(new Reply.Suggestions(List.of("Lantern Bay")));
        assertThat(run(new BotCommand.SuggestFilms("LAN"))).isEqualTo(new Reply.Suggestions(List.of("Lantern Bay", "Marrow Lane")));
        assertThat(Suggest.matching(List.of("Old Lane", "Lane Cake", "Pine"), "lane")).containsExactly("Lane Cake", "Old Lane");
        assertThat(run(new BotCommand.SuggestFilms("lane"))).isEqualTo(new Reply.Suggestions(List.of("Marrow Lane")));
        assertThat(run(new BotCommand.SuggestFilms(null))).isEqualTo(new Reply.Suggestions(List.of("Lantern Bay", "Marrow Lane")));
        assertThat(run(new BotCommand.SuggestFilms("zz"))).isEqualTo(new Reply.Suggestions(List.of()));
    }

    @Test
    void sectionSuggestions_comeFromTheTypedFilm_andNeedOne() {
        assertThat(run(new BotCommand.SuggestSections("lantern bay", "b")))
                .isEqualTo(new Reply.Suggestions(List.of("Behind the Camera", "The Bottom Line")));
        assertThat(run(new BotCommand.SuggestSections("Lantern Bay", "plot"))).isEqualTo(new Reply.Suggestions(List.of("Plot Notes")));
        assertThat(run(new BotCommand.SuggestSections(null, "b"))).isEqualTo(new Reply.Suggestions(List.of()));
        assertThat(run(new BotCommand.SuggestSections(" ", "b"))).isEqualTo(new Reply.Suggestions(List.of()));
        assertThat(run(new BotCommand.SuggestSections("Salt River", "b"))).isEqualTo(new Reply.Suggestions(List.of()));
    }

    // Uploads and removal (each test adds its own film, then removes it)

    @Test
    void anUpload_thatIsNotAReviewFile_isNotStored_andNamesTheFile() {
        Reply reply = run(new BotCommand.AddReview("poster.png", new byte[] {1, 2, 3}));

        assertThat(reply).isEqualTo(new Reply.NotStored("poster.png: not a review file (send a .txt or .md file)"));
    }

    @Test
    void anUpload_thatCannotBeRead_isNotStored_andSaysWhy() {
        Reply reply = run(new BotCommand.AddReview("empty.md", new byte[0]));

        assertThat(reply).isInstanceOf(Reply.NotStored.class);
        assertThat(((Reply.NotStored) reply).message()).contains("empty.md");
        assertThat(bot.library().catalog().films()).doesNotContain("Empty");
    }

    @Test
    void aStoredReview_isPreviewed_thenRemovedByTitle_onlyWithAFreshTicket() {
        Reply stored = run(new BotCommand.AddReview("quarry-road.md",
                "# Quarry Road\n\nQuarry Road is a patient drama about a stonemason.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isInstanceOf(Reply.ReviewStored.class);
        assertThat(((Reply.ReviewStored) stored).review().title()).isEqualTo("Quarry Road");
        assertThat(((Reply.ReviewStored) stored).warnings()).isEmpty();
        assertThat(((Reply.ReviewStored) stored).describe(s -> s)).startsWith("Added Quarry Road (1 section), library version ");
        Reply again = run(new BotCommand.AddReview("quarry-road.md",
                "# Quarry Road\n\nQuarry Road is a patient drama about a stonemason.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(((Reply.ReviewStored) again).describe(s -> s)).startsWith("Already stored, unchanged: Quarry Road (1 section)");

        Reply.RemovalPreview preview = (Reply.RemovalPreview) run(new BotCommand.PreviewRemoval("quarry road"));
        assertThat(preview.reviews()).containsExactly("Quarry Road");
        assertThat(preview.ticket().target()).isEqualTo("f" + bot.library().catalog().films().indexOf("Quarry Road"));
        assertThat(run(new BotCommand.CancelRemoval())).isEqualTo(new Reply.Notice(CommandService.NOTHING_REMOVED));

        // A ticket from before a change removes nothing.
        RemovalTicket stale = new RemovalTicket(preview.ticket().version() - 1, preview.ticket().target());
        assertThat(run(new BotCommand.ConfirmRemoval(stale))).isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
        assertThat(bot.library().catalog().films()).contains("Quarry Road");

        assertThat(run(new BotCommand.ConfirmRemoval(preview.ticket()))).isEqualTo(new Reply.Removed(List.of("Quarry Road")));
        assertThat(bot.library().catalog().films()).doesNotContain("Quarry Road");
        // The same ticket again: the library has changed since.
        assertThat(run(new BotCommand.ConfirmRemoval(preview.ticket()))).isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
    }

    @Test
    void oneReview_isRemovedByItsId_leavingTheFilmsOtherReview() {
        run(new BotCommand.AddReview("tin-harbour.md", "---\ntitle: Tin Harbour\nreviewer: Ivy Lamb\n---\n\nTin Harbour is loud.\n"
                .getBytes(StandardCharsets.UTF_8)));
        run(new BotCommand.AddReview("tin-harbour-2.md", "---\ntitle: Tin Harbour\nreviewer: Ray Moss\n---\n\nTin Harbour is fun.\n"
                .getBytes(StandardCharsets.UTF_8)));
        String id = Review.idFor("Tin Harbour", "Ivy Lamb");

        Reply.RemovalPreview preview = (Reply.RemovalPreview) run(new BotCommand.PreviewRemoval(id));

        assertThat(preview.reviews()).containsExactly("Tin Harbour (review by Ivy Lamb)");
        assertThat(preview.ticket().target()).isEqualTo("r" + bot.library().catalog().reviews()
                .indexOf(bot.library().catalog().review(id).orElseThrow()));
        assertThat(run(new BotCommand.ConfirmRemoval(preview.ticket()))).isInstanceOf(Reply.Removed.class);
        assertThat(bot.library().catalog().reviewsOf("Tin Harbour")).extracting(Review::reviewer).containsExactly("Ray Moss");

        Reply.RemovalPreview film = (Reply.RemovalPreview) run(new BotCommand.PreviewRemoval("Tin Harbour"));
        assertThat(run(new BotCommand.ConfirmRemoval(film.ticket()))).isInstanceOf(Reply.Removed.class);
        assertThat(bot.library().catalog().films()).doesNotContain("Tin Harbour");
    }

    @Test
    void aRemovalOfATitleNotStored_removesNothing_andNamesTheCloseTitles() {
        long version = bot.library().catalog().version();

        assertThat(run(new BotCommand.PreviewRemoval("Lantern Bat"))).isEqualTo(new Reply.Notice(
                "Nothing removed: no film or review id is exactly 'Lantern Bat'; close titles: Lantern Bay."));
        assertThat(bot.library().catalog().version()).isEqualTo(version);
    }

    @Test
    void aTicketPointingPastTheCatalog_removesNothing() {
        long version = bot.library().catalog().version();

        assertThat(run(new BotCommand.ConfirmRemoval(new RemovalTicket(version, "f999"))))
                .isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
        assertThat(run(new BotCommand.ConfirmRemoval(new RemovalTicket(version, "r999"))))
                .isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
        int films = bot.library().catalog().films().size();
        int reviews = bot.library().catalog().reviews().size();
        assertThat(run(new BotCommand.ConfirmRemoval(new RemovalTicket(version, "f" + films))))
                .isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
        assertThat(run(new BotCommand.ConfirmRemoval(new RemovalTicket(version, "r" + reviews))))
                .isEqualTo(new Reply.Notice(CommandService.LIBRARY_CHANGED));
        assertThat(bot.library().catalog().version()).isEqualTo(version);
    }
}
