package dev.reviewbot.library;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Word search over the stored passages of two small reviews, as retrieval uses it: the passage that names
 * a word ranks first, a topic hint weighs less than a word of the question, a film's scope keeps other
 * films out, and a rare name tells more than a common word. BM25 reads words, not vectors: the library is
 * embedded with {@link HashingEmbeddingModel} and built once for the class (nothing here writes to it).
 */
class LexicalSearchTest {

    private static LuceneIndex index;
    private static ReviewLibrary library;
    private static LexicalSearch search;

    @BeforeAll
    static void ingest() {
        index = new LuceneIndex(new ByteBuffersDirectory());
        library = new ReviewLibrary(index, new LuceneEmbeddingStore(index), new HashingEmbeddingModel(), new Chunker(3, 80));
        library.ingest(SmallReviews.parsed());
        search = new LexicalSearch(index);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void thePassageNamingTheWord_isFound_withItsFilmAndText() {
        List<LexicalSearch.Hit> hits = search.search(List.of("cello"), List.of(), null, 5);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.segment().text()).contains("a single cello");
            assertThat(hit.segment().metadata().getString(Passage.FILM)).isEqualTo("Lantern Bay");
            assertThat(hit.id()).startsWith(SmallReviews.parsed().get(0).id());
            assertThat(hit.score()).isPositive();
        });
    }

    @Test
    void aWordOfTheQuestion_outranksATopicHint() {
        // "patienc" is in Lantern Bay's opening and its verdict; "bicycl" only in Marrow Lane's middle.
        List<LexicalSearch.Hit> hintedBicycle = search.search(List.of("patienc"), List.of("bicycl"), null, 5);
        List<LexicalSearch.Hit> askedBicycle = search.search(List.of("bicycl"), List.of("patienc"), null, 5);

        assertThat(hintedBicycle.get(0).segment().text()).contains("patience");
        assertThat(hintedBicycle).last().satisfies(hit -> assertThat(hit.segment().text()).contains("bicycle"));
        assertThat(askedBicycle.get(0).segment().text()).contains("bicycle");
        assertThat(search.search(List.of(), List.of("bicycl"), null, 5)).singleElement()
                .satisfies(hit -> assertThat(hit.segment().text()).contains("bicycle"));
    }

    @Test
    void aSectionHeading_findsItsPassages_evenWhenTheTextDoesNotSayIt() {
        List<LexicalSearch.Hit> hits = search.search(List.of("camera"), List.of(), null, 5);

        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.segment().text()).startsWith("Director Hollis"));
    }

    @Test
    void aFilmsScope_keepsOtherFilmsOut_andMaxCapsTheHits() {
        List<LexicalSearch.Hit> all = search.search(List.of("film"), List.of(), null, 10);
        List<LexicalSearch.Hit> scoped = search.search(List.of("film"), List.of(),
                metadataKey(Passage.FILM_KEY).isEqualTo("marrow lane"), 10);

        assertThat(all).extracting(hit -> hit.segment().metadata().getString(Passage.FILM))
                .contains("Lantern Bay", "Marrow Lane");
        assertThat(scoped).isNotEmpty().allSatisfy(
                hit -> assertThat(hit.segment().metadata().getString(Passage.FILM)).isEqualTo("Marrow Lane"));
        assertThat(search.search(List.of("film"), List.of(), null, 1)).hasSize(1);
    }

    @Test
    void nothingToLookFor_orNoPassageWithTheWord_findsNothing() {
        assertThat(search.search(List.of(), List.of(), null, 5)).isEmpty();
        assertThat(search.search(List.of("zeppelin"), List.of(), null, 5)).isEmpty();
    }

    @Test
    void aRareName_weighsMoreThanACommonWord_andAnAbsentOneMost() {
        int passages = passageCount();
        Map<String, Double> idf = search.idf(List.of("film", "cello", "zeppelin"));

        assertThat(idf.keySet()).containsExactly("film", "cello", "zeppelin");
        assertThat(search.documentFrequency("cello")).isEqualTo(1);
        assertThat(search.documentFrequency("zeppelin")).isZero();
        assertThat(idf.get("cello")).isCloseTo(Math.log(1 + (passages - 0.5) / 1.5), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(idf.get("zeppelin")).isCloseTo(Math.log(1 + (passages + 0.5) / 0.5), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(idf.get("film")).isLessThan(idf.get("cello"));
    }

    @Test
    void anEmptyLibrary_weighsEveryWordAsIfThereWereOnePassage() {
        LuceneIndex empty = new LuceneIndex(new ByteBuffersDirectory());
        try {
            assertThat(new LexicalSearch(empty).idf(List.of("cello")).get("cello"))
                    .isCloseTo(Math.log(1 + 1.5 / 0.5), org.assertj.core.data.Offset.offset(1e-9));
        } finally {
            empty.close();
        }
    }

    @Test
    void aMisspeltWord_isNearAStoredOne_withinTheEditsAllowed() {
        assertThat(search.nearTermExists("cellp", 1)).isTrue();
        assertThat(search.nearTermExists("cezzp", 1)).isFalse();
        assertThat(search.nearTermExists("cezzo", 2)).isTrue();
    }

    @Test
    void aPhrase_isFoundInOrder_aWordOrTwoApart() {
        assertThat(search.phraseExists(List.of("mira", "solano"))).isTrue();
        assertThat(search.phraseExists(List.of("pell", "mira"))).isFalse();
        // "Mira Solano plays Agnes Pell": two words apart is near enough, three is not
        assertThat(search.phraseExists(List.of("solano", "pell"))).isTrue();
        assertThat(search.phraseExists(List.of("mira", "pell"))).isFalse();
        assertThat(search.phraseExists(List.of("cello"))).isTrue();
        assertThat(search.phraseExists(List.of("zeppelin"))).isFalse();
        assertThat(search.phraseExists(List.of())).isFalse();
    }

    @Test
    void aWordsWeight_followsTheLibrary_whenMoreReviewsUseIt() {
        // Each word's statistics are kept per reader: a commit brings a new one, and the word weighs what it now does.
        LuceneIndex own = new LuceneIndex(new ByteBuffersDirectory());
        try (ReviewLibrary growing = new ReviewLibrary(own, new LuceneEmbeddingStore(own), new HashingEmbeddingModel(),
                new Chunker(3, 80))) {
            LexicalSearch words = new LexicalSearch(own);
            growing.ingest(List.of(SmallReviews.parsed().get(0)));
            double alone = words.search(List.of("cello"), List.of(), null, 5).get(0).score();
            growing.ingest(List.of(new dev.reviewbot.review.Review(dev.reviewbot.review.Review.idFor("Bow Street", "R"),
                    "Bow Street", 2021, "R", null, "bow-street.txt",
                    List.of(new dev.reviewbot.review.Section("Music", "A cello, then another cello, then a whole cello choir.")))));

            List<LexicalSearch.Hit> shared = words.search(List.of("cello"), List.of(), null, 5);

            assertThat(shared).hasSize(2);
            assertThat(shared).filteredOn(hit -> hit.segment().text().contains("a single cello")).singleElement()
                    .satisfies(hit -> assertThat(hit.score()).isLessThan(alone));
        }
    }

    private static int passageCount() {
        var searcher = index.acquire();
        try {
            return searcher.count(LuceneEmbeddingStore.passages(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
