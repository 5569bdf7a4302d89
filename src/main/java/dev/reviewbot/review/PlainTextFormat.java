package dev.reviewbot.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text reviews like ballerina.txt: an untitled opening paragraph, then heading lines (short, no
 * closing punctuation) each followed by their paragraphs.
 */
final class PlainTextFormat {

    private static final int MAX_HEADING_CHARS = 60;
    private static final int MAX_HEADING_WORDS = 6;

    ParsedDocument parse(String text) {
        String[] lines = text.split("\n", -1);
        SectionBuilder builder = new SectionBuilder();
        int start = Masthead.end(lines, 0);
        int end = Math.max(start, Masthead.closingStart(lines, lines.length));
        for (int i = start; i < end; i++) {
            String line = lines[i];
            if (isHeading(line) && hasTextAfter(lines, i, end)) {
                builder.heading(line);
            } else {
                builder.line(line);
                builder.endParagraph();
            }
        }
        List<String> masthead = new ArrayList<>(Masthead.lines(lines, 0, start));
        masthead.addAll(Masthead.lines(lines, end, lines.length));
        return new ParsedDocument(ParsedDocument.FrontMatter.NONE, null, builder.build(), masthead);
    }

    static boolean isHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || s.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        // "5 Things I Loved" is a listicle's heading; "By Harriet Quell", "Watched 03 Nov, 2026" and "8/10" are
        // a byline, a date and a rating, not sections.
        boolean capitalised = Character.isUpperCase(s.codePointAt(0)) || s.matches("\\d{1,2}\\.?\\s+\\p{Lu}.*");
        return Character.isLetterOrDigit(last) && capitalised && !Masthead.isMetadataLine(s);
    }

    private static boolean hasTextAfter(String[] lines, int index, int end) {
        for (int i = index + 1; i < end; i++) {
            if (!lines[i].isBlank()) {
                return !isHeading(lines[i]);
            }
        }
        return false;
    }
}
