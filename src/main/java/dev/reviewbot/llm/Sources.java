package dev.reviewbot.llm;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the review sections the model sees: first those the extractive answer quotes (the evidence
 * already checked to answer the question), then the best-ranked retrieved ones, each section once. A
 * section is given whole, so the model sees its context; an over-long one is cut down to what was found in it.
 */
final class Sources {

    /** Longer sections are given as the retrieved passage or quote instead (user uploads may be huge). */
    static final int MAX_SECTION_CHARS = 2000;

    private Sources() {
    }

    private record Key(String reviewId, String section) {
    }

    static List<Source> select(Answer.Grounded floor, Retrieval retrieval, Catalog catalog, int max) {
        Map<Key, String> found = new LinkedHashMap<>(); // section -> the part of it that was found
        for (Citation c : floor.citations()) {
            reviewOf(c, catalog).ifPresent(r -> found.putIfAbsent(new Key(r.id(), c.section()), c.quote()));
        }
        for (ScoredPassage scored : retrieval.passages()) {
            Passage p = scored.passage();
            found.putIfAbsent(new Key(p.reviewId(), p.section()), p.text());
        }
        List<Source> sources = new ArrayList<>();
        for (Map.Entry<Key, String> entry : found.entrySet()) {
            if (sources.size() == max) {
                break;
            }
            Optional<Review> review = catalog.review(entry.getKey().reviewId());
            Optional<Section> section = review.flatMap(r -> r.section(entry.getKey().section()));
            if (section.isEmpty()) {
                continue; // removed since it was indexed
            }
            String text = section.get().text().length() <= MAX_SECTION_CHARS ? section.get().text() : entry.getValue();
            sources.add(new Source(sources.size() + 1, review.get().title(), section.get().name(),
                    review.get().reviewer(), text.strip()));
        }
        return sources;
    }

    private static Optional<Review> reviewOf(Citation citation, Catalog catalog) {
        return catalog.reviewsOf(citation.review()).stream()
                .filter(r -> Objects.equals(r.reviewer(), citation.reviewer())
                        && r.section(citation.section()).isPresent())
                .findFirst();
    }
}
