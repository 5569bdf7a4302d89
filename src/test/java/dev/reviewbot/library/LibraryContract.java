package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.TestBots;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every way of keeping the library promises, whether its Lucene index is the library itself or a
 * replica of a database: incremental, atomic ingests; a version that only grows; removal; a restart that
 * embeds nothing. Extend it and say how to open (and reopen) the library.
 */
public abstract class LibraryContract {

    protected final CountingEmbeddingModel model = new CountingEmbeddingModel(TestBots.reusedModel());
    private List<Review> bundled;
    private ReviewLibrary open;

    /** Opens the library over the same storage as any earlier call in this test (a restart reopens it). */
    protected abstract ReviewLibrary open(EmbeddingModel embeddings);

    @BeforeEach
    void loadReviews() {
        bundled = new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null).reviews();
    }

    @AfterEach
    void closeLibrary() {
        if (open != null) {
            open.close();
        }
    }

    private ReviewLibrary library() {
        if (open == null) {
            open = open(model);
        }
        return open;
    }

    private ReviewLibrary restart() {
        open.close();
        open = open(model);
        return open;
    }

    @Test
    void ingest_isIncremental_andTheVersionOnlyGrows() {
        long empty = library().version();
        IngestReport first = library().ingest(bundled.subList(0, 3));
        int embedded = model.embedded.get();

        IngestReport again = library().ingest(bundled.subList(0, 3));

        assertThat(first.added()).hasSize(3);
        assertThat(first.version()).isGreaterThan(empty);
        assertThat(again.unchanged()).hasSize(3);
        assertThat(again.passagesEmbedded()).isZero();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(model.embedded.get()).isEqualTo(embedded);
    }

    @Test
    void ingest_aChangedReviewReplacesTheOldOne_passagesAndAll() {
        library().ingest(bundled);
        Review ballerina = library().catalog().reviewsOf("Ballerina").get(0);
        Review edited = new Review(ballerina.id(), ballerina.title(), 2025, ballerina.reviewer(), "4/5",
                ballerina.source(), List.of(new Section("Acting", "Ana de Armas is terrific.")));

        IngestReport report = library().ingest(List.of(edited));

        assertThat(report.updated()).containsExactly("Ballerina");
        assertThat(library().catalog().reviewsOf("Ballerina")).singleElement()
                .satisfies(r -> assertThat(r.rating()).isEqualTo("4/5"));
        assertThat(library().passagesOf(ballerina.id())).extracting(Passage::text)
                .containsExactly("Ana de Armas is terrific.");
    }

    @Test
    void restart_isReadyWithoutEmbedding() {
        library().ingest(bundled);
        List<Passage> passages = library().passagesOf(bundled.get(0).id());
        model.embedded.set(0);

        ReviewLibrary reopened = restart();

        assertThat(reopened.catalog().reviews()).hasSize(bundled.size());
        assertThat(reopened.passagesOf(bundled.get(0).id())).isEqualTo(passages);
        assertThat(reopened.ingest(bundled).passagesEmbedded()).isZero();
        assertThat(model.embedded.get()).isZero();
    }

    @Test
    void aFailureMidIngest_storesNothingOfIt() {
        library().ingest(bundled.subList(0, 2));
        List<String> before = library().catalog().reviews().stream().map(Review::id).toList();
        long version = library().version();
        model.failAfter = model.embedded.get() + 10;

        assertThatThrownBy(() -> library().ingest(bundled)).hasMessageContaining("simulated crash");

        assertThat(library().catalog().reviews()).extracting(Review::id).isEqualTo(before);
        assertThat(restart().catalog().reviews()).extracting(Review::id).isEqualTo(before);
        assertThat(library().version()).isEqualTo(version);
    }

    @Test
    void remove_dropsEveryReviewOfTheFilmAndItsPassages() {
        library().ingest(bundled);
        String orchard = library().catalog().reviewsOf("Glass Orchard").get(0).id();
        long version = library().version();

        List<String> removed = library().remove("glass orchard");

        assertThat(removed).containsExactlyInAnyOrder("Glass Orchard (review by Maya Lindqvist)",
                "Glass Orchard (review by Colin Ashby)");
        assertThat(library().catalog().films()).doesNotContain("Glass Orchard").contains("Ballerina");
        assertThat(library().passagesOf(orchard)).isEmpty();
        assertThat(library().version()).isGreaterThan(version);
        assertThat(library().remove("Glass Orchard")).isEmpty();
        assertThat(restart().catalog().films()).doesNotContain("Glass Orchard");
    }
}
