package dev.reviewbot.library;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/**
 * A few consecutive sentences of one review section: the unit that is embedded, ranked and quoted.
 *
 * @param id           stable id: the review id, section and passage position
 * @param film         the film's title as the review gives it
 * @param reviewer     who wrote the review, or null
 * @param aspects      the aspects (by name) the passage covers, labelled at ingest; null when not labelled
 */
public record Passage(String id, String reviewId, String film, String reviewer, String section, int sectionIndex,
                      int passageIndex, String text, java.util.List<String> aspects) {

    public static final String ASPECTS = "aspects";

    public Passage {
        aspects = aspects == null ? null : java.util.List.copyOf(aspects);
    }

    /** A passage not yet labelled with aspects. */
    public Passage(String id, String reviewId, String film, String reviewer, String section, int sectionIndex,
                   int passageIndex, String text) {
        this(id, reviewId, film, reviewer, section, sectionIndex, passageIndex, text, null);
    }

    public Passage withAspects(java.util.List<String> labels) {
        return new Passage(id, reviewId, film, reviewer, section, sectionIndex, passageIndex, text, labels);
    }

    public static final String REVIEW_ID = "reviewId";
    public static final String FILM = "film";
    public static final String FILM_KEY = "filmKey";
    public static final String REVIEWER = "reviewer";
    public static final String SECTION = "section";
    public static final String SECTION_INDEX = "sectionIndex";
    public static final String PASSAGE_INDEX = "passageIndex";

    /** The film title as it is compared: lower case, words only. */
    public static String filmKey(String film) {
        return dev.reviewbot.text.TextCleaner.wordsOnly(film);
    }

    public TextSegment toSegment() {
        Metadata metadata = new Metadata()
                .put(REVIEW_ID, reviewId).put(FILM, film).put(FILM_KEY, filmKey(film)).put(SECTION, section)
                .put(SECTION_INDEX, sectionIndex).put(PASSAGE_INDEX, passageIndex);
        if (reviewer != null) {
            metadata.put(REVIEWER, reviewer);
        }
        if (aspects != null) {
            metadata.put(ASPECTS, "," + String.join(",", aspects) + ",");
        }
        return TextSegment.from(text, metadata);
    }

    public static Passage fromSegment(String id, TextSegment segment) {
        Metadata m = segment.metadata();
        String aspects = m.getString(ASPECTS);
        return new Passage(id, m.getString(REVIEW_ID), m.getString(FILM), m.getString(REVIEWER), m.getString(SECTION),
                m.getInteger(SECTION_INDEX), m.getInteger(PASSAGE_INDEX), segment.text(),
                aspects == null ? null : java.util.Arrays.stream(aspects.split(",")).filter(a -> !a.isEmpty()).toList());
    }

    /**
     * The text that is embedded: the section name gives a short passage its topic. A review without headings
     * has only the placeholder name "Review", which would pull every passage towards the verdict.
     */
    public String embeddingText() {
        return dev.reviewbot.review.Section.WHOLE_REVIEW.equals(section) ? text : section + ": " + text;
    }
}
