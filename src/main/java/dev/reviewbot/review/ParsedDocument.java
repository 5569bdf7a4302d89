package dev.reviewbot.review;

import java.util.List;

/** What a format reader found: metadata, a title heading if any, and the sections in order. */
record ParsedDocument(FrontMatter frontMatter, String heading, List<Section> sections) {

    /** The optional YAML header of a Markdown review. Every field may be null. */
    record FrontMatter(String title, Integer year, String reviewer, String rating, String source) {
        static final FrontMatter NONE = new FrontMatter(null, null, null, null, null);
    }
}
