package dev.reviewbot.llm;

import static dev.reviewbot.llm.HandBuilt.LANTERN_BAY;
import static dev.reviewbot.llm.HandBuilt.MARROW_LANE;
import static dev.reviewbot.llm.HandBuilt.catalog;
import static dev.reviewbot.llm.HandBuilt.found;
import static dev.reviewbot.llm.HandBuilt.quote;
import static dev.reviewbot.llm.HandBuilt.quoting;
import static dev.reviewbot.llm.HandBuilt.retrieval;
import static dev.reviewbot.llm.HandBuilt.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which review sections the model is given, in what order and under which numbers. */
class SourcesTest {

    private static final Catalog CATALOG = catalog();
    private static final String CAMERA = "Behind the Camera";
    private static final String SOUND = "Sound and Fury";
    private static final String VOICES = "1. The Voices";

    @Test
    void theSectionsQuoted_comeFirst_thenTheRetrievedOnesByRank_eachOnce_numberedFromOne() {
        List<Source> given = Sources.select(quoting("q", quote(LANTERN_BAY, SOUND), quote(LANTERN_BAY, CAMERA)),
                retrieval(found(LANTERN_BAY, CAMERA), found(MARROW_LANE, "Review"), found(LANTERN_BAY, VOICES)),
                CATALOG, 5);

        assertThat(given).containsExactly(source(1, LANTERN_BAY, SOUND), source(2, LANTERN_BAY, CAMERA),
                source(3, MARROW_LANE, "Review"), source(4, LANTERN_BAY, VOICES));
    }

    @Test
    void noMoreThanTheMaximum_areGiven() {
        List<Source> given = Sources.select(quoting("q", quote(LANTERN_BAY, SOUND)),
                retrieval(found(MARROW_LANE, "Review"), found(LANTERN_BAY, VOICES)), CATALOG, 2);

        assertThat(given).containsExactly(source(1, LANTERN_BAY, SOUND), source(2, MARROW_LANE, "Review"));
    }

    @Test
    void sectionsNoLongerInTheLibrary_areLeftOut_andTheRestNumberedWithoutGaps() {
        Review gone = new Review("gone/someone", "Gone Film", null, "Someone", null, "x", List.of(new Section("Plot", "Lost.")));
        Citation byAnotherReviewer = new Citation("Lantern Bay", SOUND, "Someone Else", "The score is lovely.");
        Citation renamedSection = new Citation("Lantern Bay", "Music", "Odette Brill", "The score is lovely.");

        List<Source> given = Sources.select(quoting("q", byAnotherReviewer, renamedSection, quote(LANTERN_BAY, CAMERA)),
                retrieval(HandBuilt.found(gone, "Plot"), found(MARROW_LANE, "Review")), CATALOG, 5);

        assertThat(given).containsExactly(source(1, LANTERN_BAY, CAMERA), source(2, MARROW_LANE, "Review"));
    }

    @Test
    void aQuoteFromOneOfTwoReviewsOfAFilm_givesThatReviewersSection() {
        Review second = new Review("lantern-bay/ivo-sand", "Lantern Bay", 2021, "Ivo Sand", null, "x", List.of(
                new Section(CAMERA, "The camera work is flat and the grey sea looks like a screensaver."),
                new Section("Pacing", "It drags.")));
        Catalog both = catalog(second);

        assertThat(Sources.select(quoting("q", quote(second, CAMERA)), retrieval(), both, 5))
                .containsExactly(source(1, second, CAMERA));
        assertThat(Sources.select(quoting("q", quote(LANTERN_BAY, CAMERA)), retrieval(), both, 5))
                .containsExactly(source(1, LANTERN_BAY, CAMERA));
    }

    @Test
    void aSectionUpToTheLimit_isGivenWhole_aLongerOneAsWhatWasFoundInIt() {
        String quoted = "The middle drags badly.";
        String atLimit = quoted + " " + "a".repeat(Sources.MAX_SECTION_CHARS - quoted.length() - 2) + ".";
        String overLimit = atLimit + "b";
        Review uploaded = new Review("huge/upload", "Huge Upload", null, "Uploader", null, "x", List.of(
                new Section("At the limit", atLimit), new Section("Over the limit", overLimit),
                new Section("Also over", "Found here. " + overLimit)));
        assertThat(atLimit).hasSize(Sources.MAX_SECTION_CHARS);

        List<Source> given = Sources.select(quoting("q",
                        new Citation("Huge Upload", "At the limit", "Uploader", quoted),
                        new Citation("Huge Upload", "Over the limit", "Uploader", quoted)),
                retrieval(HandBuilt.found(uploaded, "Also over")), catalog(uploaded), 5);

        assertThat(given).extracting(Source::text).containsExactly(atLimit, quoted, "Found here.");
    }
}
