package dev.reviewbot.review;

import java.util.List;

/**
 * What a format reader found: metadata, a title heading if any, and the sections in order.
 *
 * @param masthead the furniture lines around the prose (headline, byline, rating line, date), kept out of
 *                 the sections and read only for metadata
 */
record ParsedDocument(FrontMatter frontMatter, String heading, List<Section> sections, List<String> masthead) {

    ParsedDocument {
        masthead = List.copyOf(masthead);
    }

    /** The optional YAML header of a Markdown review. Every field may be null. */
    record FrontMatter(String title, Integer year, String reviewer, String rating, String source) {
        static final FrontMatter NONE = new FrontMatter(null, null, null, null, null);
    }
}
