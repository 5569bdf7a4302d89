package dev.reviewbot.llm;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the LLM parts are given, built by hand over {@link SmallReviews}' two films (no model, no index): the
 * extractive answer quoting a section, a retrieval ranking sections, a question as understood. The llm unit
 * tests use these instead of a bot, so a test says exactly which sections the model could see.
 */
final class HandBuilt {

    static final Review LANTERN_BAY = SmallReviews.parsed().get(0);
    static final Review MARROW_LANE = SmallReviews.parsed().get(1);

    private HandBuilt() {
    }

    /** The library with SmallReviews' two reviews and any {@code others}. */
    static Catalog catalog(Review... others) {
        List<Review> reviews = new ArrayList<>(SmallReviews.parsed());
        reviews.addAll(List.of(others));
        return new Catalog(1, reviews);
    }

    static Section section(Review review, String name) {
        return review.section(name).orElseThrow(() -> new AssertionError(review.title() + " has no " + name));
    }

    /** The section's first sentence, as the extractive answer quotes it. */
    static Citation quote(Review review, String section) {
        return new Citation(review.title(), section, review.reviewer(), Sentences.split(section(review, section).text()).get(0));
    }

    /** The section as a retrieved passage (its first sentence), as ranked by retrieval. */
    static ScoredPassage found(Review review, String section) {
        Section s = section(review, section);
        return new ScoredPassage(new Passage(review.id() + "/" + section, review.id(), review.title(), review.reviewer(),
                s.name(), review.sections().indexOf(s), 0, Sentences.split(s.text()).get(0)), 0.5, 0.5, false, 0.5);
    }

    /** What retrieval found, best first. */
    static Retrieval retrieval(ScoredPassage... best) {
        return new Retrieval(List.of(best), Map.of());
    }

    /** The extractive answer: the quotes themselves. */
    static Answer.Grounded quoting(String question, Citation... quotes) {
        return new Answer.Grounded(question, List.of(quotes));
    }

    /** The question as understood; the LLM parts read only its text. */
    static Question question(String text) {
        return new Question(text, text, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, null,
                List.of(), List.of(), ExpectedAnswer.ANY, null);
    }

    /** The section given whole, as the model sees it. */
    static Source source(int number, Review review, String section) {
        return new Source(number, review.title(), section, review.reviewer(), section(review, section).text().strip());
    }
}
