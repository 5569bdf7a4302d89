package dev.reviewbot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects paragraphs under headings; shared by both formats so they agree on edge cases. */
final class SectionBuilder {

    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:\\d{1,2}[.)]|[-+*•])\\s+(?=\\S)");

    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean sawHeading;

    void heading(String name) {
        flushSection();
        heading = name.strip();
        sawHeading = true;
    }

    void line(String line) {
        if (line.isBlank()) {
            flushParagraph();
            return;
        }
        // A list item ("1. Margaret Oduro. ...", "- The score", "+ The score") is a paragraph of its own; its number or
        // bullet is layout, not a sentence to quote.
        Matcher item = LIST_ITEM.matcher(line);
        if (item.lookingAt()) {
            flushParagraph();
            line = line.substring(item.end());
        }
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
    }

    /** Ends a paragraph even without a blank line: plain-text reviews put one paragraph per line. */
    void endParagraph() {
        flushParagraph();
    }

    List<Section> build() {
        flushSection();
        if (sections.size() == 1 && !sawHeading) {
            return List.of(new Section(Section.WHOLE_REVIEW, sections.get(0).text()));
        }
        return List.copyOf(sections);
    }

    private void flushParagraph() {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private void flushSection() {
        flushParagraph();
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(heading == null ? Section.OPENING : heading, String.join("\n\n", paragraphs)));
        }
        paragraphs.clear();
    }
}
