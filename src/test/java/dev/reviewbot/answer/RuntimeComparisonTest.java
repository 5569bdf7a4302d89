package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Which is longer?" as a user reads the answer: each film's runtime quoted and numbered, the longer (or the
 * shorter, when asked) first, the films whose reviews give none named, and a runtime counted only from an hour
 * to five hours.
 */
class RuntimeComparisonTest {

    private static Review review(String title, String reviewer, String text) {
        return new Review(title.toLowerCase().replace(' ', '-'), title, null, reviewer, null, null,
                List.of(new Section("Review", text)));
    }

    private static final Catalog CATALOG = new Catalog(1, List.of(
            review("Glass Canal", "Ada Quill", "A canal thriller. It runs 112 minutes and never sags."),
            review("Tin Chapel", "Bo Reyes", "A choir drama. Tin Chapel (1h 31m) is gentle."),
            review("Moss Pier", "Cy Lund", "A seaside comedy with no runtime given."),
            review("Reed Lane", "Di Moss", "A farm drama, and again no length stated.")));

    @Test
    void theLongerFilmComesFirst_eachRuntimeQuotedAndNumbered() {
        Answer answer = RuntimeAnswers.compare("which is longer, tin chapel or glass canal?",
                List.of("Tin Chapel", "Glass Canal"), CATALOG).orElseThrow();

        assertThat(answer.text()).isEqualTo("Glass Canal runs 112 minutes: \"It runs 112 minutes and never sags.\" [1] "
                + "Tin Chapel runs 91 minutes: \"Tin Chapel (1h 31m) is gentle.\" [2] So Glass Canal is the longer.");
        assertThat(answer.citations()).extracting(Citation::label)
                .containsExactly("Glass Canal, Review (Ada Quill)", "Tin Chapel, Review (Bo Reyes)");
    }

    /** "ninety-eight minutes": a runtime in words counts, but figures elsewhere in the review win over words said loosely. */
    @Test
    void aRuntimeInWords_countsWhereTheReviewGivesNoFigures() {
        Catalog worded = new Catalog(1, List.of(
                review("Wafer Prom", "Em Ford", "An ice-cream feud. It runs for ninety-eight minutes, rated 12A."),
                review("Sheep Field", "Fi Gray", "Ninety minutes of fields, you say? Sheep Field runs 104 minutes.")));

        Answer answer = RuntimeAnswers.compare("which is longer, wafer prom or sheep field?",
                List.of("Wafer Prom", "Sheep Field"), worded).orElseThrow();

        assertThat(answer.text()).startsWith("Sheep Field runs 104 minutes: \"Sheep Field runs 104 minutes.\" [1] "
                + "Wafer Prom runs 98 minutes: \"It runs for ninety-eight minutes, rated 12A.\" [2]");
    }

    @Test
    void askedWhichIsShorter_theShorterComesFirst() {
        Answer answer = RuntimeAnswers.compare("which is shorter, glass canal or tin chapel?",
                List.of("Glass Canal", "Tin Chapel"), CATALOG).orElseThrow();

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Tin Chapel", "Glass Canal");
        assertThat(answer.text()).endsWith("So Tin Chapel is the shorter.");
    }

    @Test
    void filmsWhoseReviewsGiveNoRuntime_areNamedAfterTheOnesThatDo() {
        Answer answer = RuntimeAnswers.compare("which is longest: glass canal, moss pier or reed lane?",
                List.of("Glass Canal", "Moss Pier", "Reed Lane"), CATALOG).orElseThrow();

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Glass Canal");
        assertThat(answer.text()).isEqualTo("Glass Canal runs 112 minutes: \"It runs 112 minutes and never sags.\" [1] "
                + "The stored reviews of Moss Pier, Reed Lane don't give a runtime.");
    }

    @Test
    void whenNoReviewGivesARuntime_thereIsNoComparison() {
        assertThat(RuntimeAnswers.compare("which is longer, moss pier or reed lane?", List.of("Moss Pier", "Reed Lane"), CATALOG))
                .isEmpty();
    }

    @Test
    void aRuntimeIsAnHourToFiveHours_bothEndsIncluded() {
        assertThat(RuntimeAnswers.minutesIn("It runs 60 minutes.")).contains(60);
        assertThat(RuntimeAnswers.minutesIn("It runs 300 minutes.")).contains(300);
        assertThat(RuntimeAnswers.minutesIn("It runs 59 minutes.")).isEmpty();
        assertThat(RuntimeAnswers.minutesIn("It runs 301 minutes.")).isEmpty();
    }

    @Test
    void aRuntimeNamedAfterThePartOfIt_isTheRuntime() {
        assertThat(RuntimeAnswers.minutesIn("He could have taken fifteen minutes out of the 118.")).contains(118);
        assertThat(RuntimeAnswers.minutesIn("Ten minutes of its 95 are wasted.")).contains(95);
        assertThat(RuntimeAnswers.minutesIn("Ten minutes of the 30 are wasted.")).isEmpty();
    }

    private static final dev.reviewbot.retrieval.Terms TERMS =
            new dev.reviewbot.retrieval.Terms(new org.apache.lucene.analysis.en.EnglishAnalyzer());

    private static dev.reviewbot.retrieval.Question asked(String text, String film, List<String> terms,
                                                          dev.reviewbot.retrieval.ExpectedAnswer expected) {
        return new dev.reviewbot.retrieval.Question(text, text, List.of(film), List.of(), terms, List.of(), List.of(), null,
                false, null, List.of(), List.of(), expected, null);
    }

    /** "How long is X?" alone: the runtime its review states, wherever it sits. */
    @Test
    void oneFilmsLength_isItsStatedRuntime() {
        Answer answer = RuntimeAnswers.ofFilm(asked("how long is glass canal", "Glass Canal", List.of("long"),
                dev.reviewbot.retrieval.ExpectedAnswer.DURATION), CATALOG, TERMS).orElseThrow();

        assertThat(answer.text()).isEqualTo("\"It runs 112 minutes and never sags.\" [1]");
        assertThat(RuntimeAnswers.ofFilm(asked("glass canal runtime", "Glass Canal", TERMS.of("runtime"),
                dev.reviewbot.retrieval.ExpectedAnswer.DURATION), CATALOG, TERMS)).isPresent();
    }

    /** Asked more than the length, or of a review that states none, the passages found answer instead. */
    @Test
    void aPartsLength_orNoneStated_isNotTheRuntimesToAnswer() {
        assertThat(RuntimeAnswers.ofFilm(asked("how long is the chase in glass canal", "Glass Canal", List.of("long", "chase"),
                dev.reviewbot.retrieval.ExpectedAnswer.DURATION), CATALOG, TERMS)).isEmpty();
        assertThat(RuntimeAnswers.ofFilm(asked("how long is moss pier", "Moss Pier", List.of("long"),
                dev.reviewbot.retrieval.ExpectedAnswer.DURATION), CATALOG, TERMS)).isEmpty();
        assertThat(RuntimeAnswers.ofFilm(asked("is glass canal long", "Glass Canal", List.of("long"),
                dev.reviewbot.retrieval.ExpectedAnswer.ANY), CATALOG, TERMS)).isEmpty();
    }
}
