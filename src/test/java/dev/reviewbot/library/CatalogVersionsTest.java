package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CatalogVersionsTest {

    private static final List<String> TITLES = List.of("Lantern Bay", "lantern bay", "Marrow Lane", "The Salt Road",
            "Salt Road", "Hollow Creek", "Up", "Pebble and the Moon Kite", "Kite Moon", "Ironwood Station");
    private static final List<String> REVIEWERS = List.of("Ada Vale", "Colin Ashby", "Mira Holt");

    @Test
    void aVersionMadeFromTheLastOne_isTheCatalogBuiltFromScratch() {
        Random random = new Random(14);
        Map<String, Review> stored = new LinkedHashMap<>();
        Catalog catalog = new Catalog(0, List.of());
        for (int version = 1; version <= 300; version++) {
            // As a replay hands a version over: each id it touched, written (its last content) or removed.
            Map<String, Review> touched = new LinkedHashMap<>();
            for (int change = random.nextInt(4); change >= 0; change--) {
                String id = "r" + random.nextInt(40);
                Review review = random.nextInt(3) == 0 ? null : review(id, random);
                touched.put(id, review);
                if (review == null) {
                    stored.remove(id);
                } else {
                    stored.put(id, review);
                }
            }
            List<Review> written = touched.values().stream().filter(java.util.Objects::nonNull).toList();
            List<String> removed = touched.keySet().stream().filter(id -> touched.get(id) == null).toList();
            catalog = catalog.with(version, written, removed);

            assertSame(catalog, new Catalog(version, List.copyOf(stored.values())));
        }
    }

    @Test
    void with_leavesTheEarlierCatalogAsItWas_andSharesTheReviewsItKept() {
        Review bay = review("bay", "Lantern Bay", "Ada Vale", 2);
        Review lane = review("lane", "Marrow Lane", "Colin Ashby", 3);
        Catalog first = new Catalog(1, List.of(bay, lane));

        Catalog second = first.with(2, List.of(review("road", "The Salt Road", "Ada Vale", 1)), List.of("lane"));

        assertThat(first.films()).containsExactly("Lantern Bay", "Marrow Lane");
        assertThat(first.titles().titlesIn("is salt road good")).isEmpty();
        assertThat(second.films()).containsExactly("Lantern Bay", "The Salt Road");
        assertThat(second.titles().titlesIn("is salt road good")).containsExactly("The Salt Road");
        assertThat(second.review("lane")).isEmpty();
        assertThat(second.review("bay")).containsSame(bay);
        assertThat(second.sectionCount()).isEqualTo(3);
        assertThat(second.version()).isEqualTo(2);
    }

    private static void assertSame(Catalog made, Catalog built) {
        assertThat(made.reviews()).isEqualTo(built.reviews());
        assertThat(made.films()).isEqualTo(built.films());
        assertThat(made.reviewers()).isEqualTo(built.reviewers());
        assertThat(made.byId()).isEqualTo(built.byId());
        assertThat(made.sectionCount()).isEqualTo(built.sectionCount());
        for (String title : TITLES) {
            assertThat(made.reviewsOf(title)).isEqualTo(built.reviewsOf(title));
            assertThat(made.titles().titlesIn("what about " + title)).isEqualTo(built.titles().titlesIn("what about " + title));
            assertThat(made.film(title.substring(1))).isEqualTo(built.film(title.substring(1)));
        }
    }

    private static Review review(String id, Random random) {
        return review(id, TITLES.get(random.nextInt(TITLES.size())),
                random.nextInt(5) == 0 ? null : REVIEWERS.get(random.nextInt(REVIEWERS.size())), 1 + random.nextInt(3));
    }

    private static Review review(String id, String title, String reviewer, int sections) {
        List<Section> parts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            parts.add(new Section("Part " + i, "Text " + i + " of " + id + "."));
        }
        return new Review(id, title, null, reviewer, null, null, parts);
    }
}
