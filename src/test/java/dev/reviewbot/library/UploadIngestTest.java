package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An uploaded file (a Discord attachment, a Slack file) stored, or refused with the file named and nothing
 * stored. The library embeds with {@link HashingEmbeddingModel}: these tests are about which file is taken
 * and what the uploader is told, not about what the vectors mean.
 */
class UploadIngestTest {

    private final LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory());
    private final ReviewLibrary library = new ReviewLibrary(index, new LuceneEmbeddingStore(index),
            new HashingEmbeddingModel(), new Chunker(3, 80));
    private final UploadIngest uploads = new UploadIngest(new ReviewParser(64 * 1024), library);

    @AfterEach
    void close() {
        library.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReviewFile_isStored_inEveryAcceptedExtensionAndCase() {
        for (String name : new String[] {"lantern-bay.md", "LANTERN-BAY.MD", "lantern-bay.markdown", "lantern-bay.txt"}) {
            UploadIngest.Result result = uploads.ingest(name, utf8(SmallReviews.LANTERN_BAY));

            assertThat(result).as(name).isInstanceOfSatisfying(UploadIngest.Result.Stored.class, stored -> {
                assertThat(stored.review().title()).isEqualTo("Lantern Bay");
                assertThat(stored.warnings()).isEmpty();
            });
        }
        assertThat(library.catalog().films()).containsExactly("Lantern Bay");
    }

    @Test
    void theFirstUpload_isReportedAdded_andTheSameFileAgainCostsNothing() {
        UploadIngest.Result first = uploads.ingest("marrow-lane.txt", utf8(SmallReviews.MARROW_LANE));
        UploadIngest.Result again = uploads.ingest("marrow-lane.txt", utf8(SmallReviews.MARROW_LANE));

        assertThat(first).isInstanceOfSatisfying(UploadIngest.Result.Stored.class, stored -> {
            assertThat(stored.report().added()).containsExactly("Marrow Lane (review by Nadia Ferris)");
            assertThat(stored.report().passagesEmbedded()).isPositive();
        });
        assertThat(again).isInstanceOfSatisfying(UploadIngest.Result.Stored.class,
                stored -> assertThat(stored.report().unchanged()).hasSize(1));
    }

    @Test
    void aFileOfAnotherKind_isRefusedByName_onOneLine_andNothingIsStored() {
        UploadIngest.Result result = uploads.ingest("poster\nart.png", utf8(SmallReviews.LANTERN_BAY));

        assertThat(result).isInstanceOfSatisfying(UploadIngest.Result.Rejected.class, rejected -> assertThat(
                rejected.message()).isEqualTo("poster art.png: not a review file (send a .txt or .md file)"));
        assertThat(uploads.ingest("notes.md.pdf", utf8("x"))).isInstanceOf(UploadIngest.Result.Rejected.class);
        assertThat(library.catalog().reviews()).isEmpty();
    }

    @Test
    void aFileThatIsNotAReview_isRefusedWithTheParsersReason() {
        UploadIngest.Result result = uploads.ingest("empty.txt", new byte[0]);

        assertThat(result).isInstanceOfSatisfying(UploadIngest.Result.Rejected.class, rejected -> assertThat(
                rejected.message()).startsWith("empty.txt: ").contains("empty"));
        assertThat(library.catalog().reviews()).isEmpty();
    }

    @Test
    void aWronglyTypedFrontMatterField_isIgnoredWithAWarning_andTheReviewStored() {
        String listedReviewer = SmallReviews.LANTERN_BAY.replace("reviewer: Odette Brill", "reviewer: [Odette, Brill]");

        UploadIngest.Result result = uploads.ingest("lantern-bay.md", utf8(listedReviewer));

        assertThat(result).isInstanceOfSatisfying(UploadIngest.Result.Stored.class, stored -> {
            assertThat(stored.warnings()).singleElement().asString().contains("'reviewer' ignored");
            // The listed reviewer is dropped; a review no one signs is credited to its source instead.
            assertThat(stored.review().reviewer()).isEqualTo("Harbour Pictures Weekly");
        });
    }
}
