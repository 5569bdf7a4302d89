package dev.reviewbot.bench;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A library of any size recombined from the bundled reviews: each synthetic review takes a bundled one,
 * gives it a new title (replaced in its text too), and rotates the sentences of each section so that
 * passages differ and every one is really embedded.
 */
final class SyntheticLibrary {

    private static final String[] ADJECTIVES = {"Silent", "Crimson", "Hollow", "Last", "Burning", "Northern", "Quiet",
            "Broken", "Golden", "Midnight", "Wild", "Pale", "Iron", "Lost", "Bright", "Salt", "Glass", "Winter"};
    private static final String[] NOUNS = {"Harbour", "Orchard", "Road", "River", "Signal", "Garden", "Tower", "Engine",
            "Letter", "Frontier", "Mirror", "Season", "Station", "Voyage", "Lantern", "Empire", "Archive", "Tide"};

    /** A synthetic review and the bundled film whose text it carries (so questions about it transfer). */
    record Synthetic(Review review, String sourceFilm) {
    }

    private SyntheticLibrary() {
    }

    static List<Synthetic> generate(List<Review> bundled, int count, long seed) {
        Random random = new Random(seed);
        List<Synthetic> reviews = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Review base = bundled.get(i % bundled.size());
            String title = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + i;
            Pattern oldTitle = Pattern.compile("(?i)\\b" + Pattern.quote(base.title()) + "\\b");
            List<Section> sections = new ArrayList<>();
            for (Section s : base.sections()) {
                List<String> sentences = new ArrayList<>(Sentences.split(s.text().replace("\n\n", " ")));
                Collections.rotate(sentences, i / bundled.size());
                sections.add(new Section(s.name(), oldTitle.matcher(String.join(" ", sentences)).replaceAll(title)));
            }
            Review review = new Review(Review.idFor(title, base.reviewer() == null ? "critic" : base.reviewer()), title,
                    base.year(), base.reviewer(), base.rating(), "synthetic", sections);
            reviews.add(new Synthetic(review, base.title()));
        }
        return reviews;
    }
}
