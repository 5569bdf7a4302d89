package dev.reviewbot.review;

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
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isHeading(line) && hasTextAfter(lines, i)) {
                builder.heading(line);
            } else {
                builder.line(line);
                builder.endParagraph();
            }
        }
        return new ParsedDocument(ParsedDocument.FrontMatter.NONE, null, builder.build());
    }

    static boolean isHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || s.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        // "By Harriet Quell" opens a review with its byline, not a section.
        return Character.isLetterOrDigit(last) && Character.isUpperCase(s.codePointAt(0)) && !ProseMetadata.isByline(s);
    }

    private static boolean hasTextAfter(String[] lines, int index) {
        for (int i = index + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return !isHeading(lines[i]);
            }
        }
        return false;
    }
}
