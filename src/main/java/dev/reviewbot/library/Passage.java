package dev.reviewbot.library;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * A few consecutive sentences of one review section: the unit that is embedded, ranked and quoted.
 *
 * @param id           stable id: the review id, section and passage position
 * @param film         the film's title as the review gives it
 * @param reviewer     who wrote the review, or null
 * @param polarities   each sentence's polarity, scored at ingest ({@link Polarities#NONE} before that)
 */
public record Passage(String id, String reviewId, String film, String reviewer, String section, int sectionIndex,
                      int passageIndex, String text, Polarities polarities) {

    public static final String REVIEW_ID = "reviewId";
    public static final String FILM = "film";
    public static final String FILM_KEY = "filmKey";
    public static final String REVIEWER = "reviewer";
    public static final String SECTION = "section";
    public static final String SECTION_INDEX = "sectionIndex";
    public static final String PASSAGE_INDEX = "passageIndex";
    /** Per-sentence polarity scores, stored as {@link Polarities#encoded()}. */
    public static final String POLARITY = "polarity";
    /** What embedded the passage and scored it ({@link PassageEmbedder#signature()}). */
    public static final String EMBEDDED_BY = "embeddedBy";

    public Passage {
        polarities = polarities == null ? Polarities.NONE : polarities;
    }

    /** A passage not yet scored for polarity (as the chunker cuts it). */
    public Passage(String id, String reviewId, String film, String reviewer, String section, int sectionIndex,
                   int passageIndex, String text) {
        this(id, reviewId, film, reviewer, section, sectionIndex, passageIndex, text, Polarities.NONE);
    }

    public Passage withPolarities(Polarities scores) {
        return new Passage(id, reviewId, film, reviewer, section, sectionIndex, passageIndex, text, scores);
    }

    /** The passage's sentences (split as at ingest), each with its polarity (NaN when unscored). */
    public List<ScoredSentence> sentences() {
        List<String> split = Sentences.split(text);
        List<ScoredSentence> sentences = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            sentences.add(new ScoredSentence(split.get(i), i, polarities.of(i)));
        }
        return sentences;
    }

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
        if (!polarities.isEmpty()) {
            metadata.put(POLARITY, polarities.encoded());
        }
        return TextSegment.from(text, metadata);
    }

    public static Passage fromSegment(String id, TextSegment segment) {
        Metadata m = segment.metadata();
        return new Passage(id, m.getString(REVIEW_ID), m.getString(FILM), m.getString(REVIEWER), m.getString(SECTION),
                m.getInteger(SECTION_INDEX), m.getInteger(PASSAGE_INDEX), segment.text(),
                Polarities.parse(m.getString(POLARITY)));
    }

    /** The text that is embedded: the section name gives a short passage its topic. */
    public String embeddingText() {
        return section + ": " + text;
    }
}
