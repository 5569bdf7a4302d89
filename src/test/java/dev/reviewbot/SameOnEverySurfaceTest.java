package dev.reviewbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.console.ConsoleSurface;
import dev.reviewbot.discord.DiscordSurface;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.slack.SlackSurface;
import dev.reviewbot.text.Sentences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same action gives the same result, in the same words, on the console, on Discord (the real JDA
 * against a fake Discord) and on Slack (the real Bolt against a fake Slack): all three go through one
 * command layer. Formatting differs by platform (embeds, Block Kit); the words compared are the text.
 */
@ExtendWith(SharedBot.class)
class SameOnEverySurfaceTest {

    private static final String QUESTION = "how is the acting in Ballerina?";

    private static ReviewBot bot;
    private static List<Surface> surfaces;

    @BeforeAll
    static void start(ReviewBot shared) throws Exception {
        bot = shared;
        surfaces = List.of(new ConsoleSurface(bot), new DiscordSurface(bot), new SlackSurface(bot));
    }

    @AfterAll
    static void stop() {
        surfaces.forEach(Surface::close);
    }

    @Test
    void aQuestion_quotesAndCitesTheSameSentences() throws Exception {
        Answer expected = bot.answers().ask(null, QUESTION, Optional.empty()).answer();
        assertThat(expected.grounded()).isTrue();
        for (Surface surface : surfaces) {
            String shown = words(surface.ask(QUESTION));
            assertThat(shown).as(surface.name()).contains(words(expected.citations().get(0).quote()))
                    .contains(words(expected.citations().get(0).label()));
        }
    }

    @Test
    void aQuestionTheReviewsDoNotAnswer_isDeclinedInTheSameWords() throws Exception {
        String question = "what was the box office of Ballerina?";
        Answer expected = bot.answers().ask(null, question, Optional.empty()).answer();
        assertThat(expected.grounded()).isFalse();
        for (Surface surface : surfaces) {
            assertThat(words(surface.ask(question))).as(surface.name()).contains(words(expected.text()));
        }
    }

    @Test
    void theReviewList_namesEveryStoredReview() throws Exception {
        List<String> titles = bot.library().catalog().films();
        for (Surface surface : surfaces) {
            assertThat(words(surface.listReviews())).as(surface.name()).contains(titles.stream().map(t -> words(t)).toList());
        }
    }

    @Test
    void aSection_isShownInFull_inTheSameWords() throws Exception {
        Review ballerina = bot.library().catalog().reviewsOf("Ballerina").get(0);
        String acting = ballerina.section("Acting").orElseThrow().text();
        for (Surface surface : surfaces) {
            String shown = words(surface.showReview("Ballerina", "acting"));
            assertThat(shown).as(surface.name()).contains(words(Sentences.split(acting).get(0)))
                    .contains(words(Sentences.split(acting).get(Sentences.split(acting).size() - 1)));
        }
    }

    @Test
    void theAnswerButtons_showTheCitedSection_andThankForAVoteOnce_inTheSameWords() throws Exception {
        String acting = bot.library().catalog().reviewsOf("Ballerina").get(0).section("Acting").orElseThrow().text();
        for (Surface surface : surfaces.subList(1, surfaces.size())) {
            surface.ask(QUESTION);
            assertThat(words(surface.fullSectionOfLastAnswer())).as(surface.name()).contains(words(acting));
            assertThat(words(surface.voteOnLastAnswer(true))).as(surface.name())
                    .isEqualTo(words(CommandService.THANKS_HELPFUL));
            assertThat(words(surface.voteOnLastAnswer(true))).as(surface.name())
                    .isEqualTo(words(CommandService.ALREADY_RATED));
        }
        assertThat(surfaces.get(0).voteOnLastAnswer(true)).as("the console has no buttons").isNull();
    }

    @Test
    void fullSection_ofAFilmWithTwoReviews_showsTheCitedReviewersSection_onDiscordAndSlack() throws Exception {
        // Two reviews whose sections share a name: "Full section" must show the one quoted, not both.
        String film = "Twin Harbour Lights";
        Review ann = review(film, "Ann Reed", "The score by Ilse Varga swells with brass and a lonely cello theme.");
        Review bo = review(film, "Bo Lindqvist", "The score is thin; a synth drone that never finds a melody.");
        bot.library().ingest(List.of(ann, bo));
        String question = "what did Ann Reed think of the score in " + film + "?";
        Answer expected = bot.answers().ask(null, question, Optional.empty()).answer();
        assertThat(expected.citations()).extracting(c -> c.reviewer()).first().isEqualTo("Ann Reed");
        for (Surface surface : surfaces.subList(1, surfaces.size())) {
            surface.ask(question);
            assertThat(words(surface.fullSectionOfLastAnswer())).as(surface.name())
                    .contains(words(ann.sections().get(0).text()))
                    .doesNotContain(words(bo.sections().get(0).text()));
        }
    }

    @Test
    void anUpload_isReportedInTheSameWords_andARefusedOneToo() throws Exception {
        for (Surface surface : surfaces.subList(1, surfaces.size())) {
            String film = "Glass Orchard " + surface.name();
            String stored = surface.upload("orchard-" + surface.name() + ".md", "# " + film + "\n\n## Acting\n"
                    + "Ines Moro plays the orchard keeper with quiet force.\n\n## Verdict\nA gentle, sturdy drama.\n");
            assertThat(words(stored)).as(surface.name()).startsWith(words("Added " + film + " (2 sections), library version"))
                    .endsWith(words("Ask about it, e.g. \"what is the verdict on " + film + "?\""));
            assertThat(words(surface.upload("poster.pdf", "not a review"))).as(surface.name())
                    .isEqualTo(words("Not stored: poster.pdf: not a review file (send a .txt or .md file)"));
        }
        assertThat(surfaces.get(0).upload("x.md", "# X")).as("the console ingests from the command line").isNull();
    }

    private static Review review(String film, String reviewer, String score) {
        return new Review(Review.idFor(film, reviewer), film, 2025, reviewer, null, "test",
                List.of(new Section("Score", score + " It stays with you after the credits.")));
    }

    /** The words of a text: formatting (Markdown escapes and marks, quote marks, citation markers, punctuation that
     * separates a citation's film from its section in an embed field) taken out. */
    private static String words(String text) {
        return text.replaceAll("\\[\\d+]", " ").replaceAll("[\\\\*_>“”\"`.,:;]", " ").replaceAll("\\s+", " ").strip();
    }
}
