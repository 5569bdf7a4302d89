package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the console shows, line by line: the renderer contract only checks that a word shows. */
class PlainTextFormatTest {

    private final PlainTextRenderer renderer = new PlainTextRenderer();

    private static final Review FULL = new Review("lantern-bay/odette-brill", "Lantern Bay", 2021, "Odette Brill", "4/5",
            "test", List.of(new Section("Acting", "Mira Solano is still. Tomas Reyes is warm."),
            new Section("Verdict", "Recommended.")));
    private static final Review BARE = new Review("marrow-lane/anonymous", "Marrow Lane", null, null, null, "test",
            List.of(new Section("Review", "It grips. The middle drags.")));

    @Test
    void theReviewList_showsYearReviewerAndRating_onlyWhereKnown() {
        assertThat(renderer.render(new Reply.ReviewList(List.of(FULL, BARE)))).isEqualTo("""
                2 review(s):
                  Lantern Bay (2021) by Odette Brill, 4/5 - 2 sections
                  Marrow Lane - 1 sections""");
        assertThat(renderer.render(new Reply.ReviewList(List.of())))
                .isEqualTo("No reviews stored yet. Add some with: reviewbot ingest FILE...");
    }

    @Test
    void anOutline_showsEachSectionsFirstSentence_andTheScorecardOnlyWhenScored() {
        Scorecard unscored = new Scorecard("Lantern Bay", "Odette Brill", "4/5",
                List.of(new Scorecard.SectionScore("Acting", Double.NaN, 0, 0)));

        String text = renderer.render(new Reply.ReviewOutline("Lantern Bay", List.of(FULL, BARE), List.of(unscored)));

        assertThat(text).isEqualTo("""
                Lantern Bay (review by Odette Brill):
                  Acting: Mira Solano is still.
                  Verdict: Recommended.

                Marrow Lane:
                  Review: It grips.

                Show one in full with: /review Lantern Bay <section>""");
        Scorecard scored = new Scorecard("Lantern Bay", "Odette Brill", "4/5",
                List.of(new Scorecard.SectionScore("Acting", 0.6, 2, 0)));
        String withCard = renderer.render(new Reply.ReviewOutline("Lantern Bay", List.of(FULL), List.of(scored)));
        assertThat(withCard).startsWith("At a glance (each section's sentences, criticism │ praise):\n")
                .contains("\n\nLantern Bay (review by Odette Brill):\n  Acting: Mira Solano is still.");
    }

    @Test
    void sectionText_separatesTheReviewsByABlankLine() {
        String text = renderer.render(new Reply.SectionText("Lantern Bay", List.of(
                new Reply.ReviewSection(FULL, FULL.sections().get(1)), new Reply.ReviewSection(BARE, BARE.sections().get(0)))));

        assertThat(text).isEqualTo("""
                Lantern Bay (review by Odette Brill) - Verdict
                Recommended.

                Marrow Lane - Review
                It grips. The middle drags.""");
    }

    @Test
    void aStoredUpload_namesWhatWasIgnored_oneNoteALine() {
        Reply stored = new Reply.ReviewStored(FULL, new IngestReport(List.of(FULL.id()), List.of(), List.of(), 3, 8),
                List.of("year 'soon' is not a number", "rating left out"));

        assertThat(renderer.render(stored)).isEqualTo("""
                Added Lantern Bay (review by Odette Brill) (2 sections), library version 8. Ask about it, e.g. "what is the verdict on Lantern Bay?"
                Note: year 'soon' is not a number
                Note: rating left out""");
    }

    @Test
    void stats_showHitRatesAsPercentages() {
        BotStats stats = new BotStats(3, 2, 9, 4, new BotStats.CacheStat(5, 3, 1), new BotStats.CacheStat(7, 1, 3),
                2, 10, 4, 1, 0);

        assertThat(renderer.render(new Reply.StatsReply(stats))).isEqualTo("""
                Library: 3 reviews of 2 films, 9 sections (version 4)
                Answer cache: 5 entries, hit rate 75% (3 hits, 1 misses)
                Embedding cache: 7 entries, hit rate 25%
                Conversations: 2
                Questions: 10 answered, 4 declined
                Feedback: 1 helpful, 0 not helpful""");
    }

    @Test
    void anAnswer_numbersItsCitations_fromOne_andShowsItsNote() {
        List<Citation> citations = List.of(new Citation("Lantern Bay", "Acting", "Odette Brill", "Mira Solano is still."),
                new Citation("Marrow Lane", "Review", null, "It grips."));

        assertThat(renderer.answer(new Answer.Grounded("q", citations))).isEqualTo(
                "\"Mira Solano is still.\" [1] \"It grips.\" [2]\n  [1] Lantern Bay, Acting (Odette Brill)\n  [2] Marrow Lane, Review");
        assertThat(renderer.answer(new Answer.Grounded("q", citations.subList(1, 2), "It grips [1].", "the model was slow")))
                .isEqualTo("It grips [1].\n  [1] Marrow Lane, Review\n  (the model was slow)");
        assertThat(renderer.answer(new Answer.Declined("q", "The reviews don't say.", List.of("Acting"))))
                .isEqualTo("The reviews don't say. You could ask about: Acting.");
    }
}
