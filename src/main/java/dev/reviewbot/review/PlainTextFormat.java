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
    /** Wider than any fixed width text is wrapped at (72 to 80 columns, 100 at most). */
    private static final int MAX_WRAPPED_CHARS = 100;

    ParsedDocument parse(String text) {
        String[] lines = Captions.asProse(text).split("\n", -1);
        SectionBuilder builder = new SectionBuilder();
        int top = Masthead.end(lines, 0);
        int end = Math.max(top, Masthead.closingStart(lines, lines.length));
        int start = pastHeadlines(lines, top, end);
        boolean hardWrapped = hardWrapped(lines, start, end);
        for (int i = start; i < end; i++) {
            String line = lines[i];
            boolean wrapped = hardWrapped && i > start && continues(lines[i - 1], line);
            boolean heading = isHeading(line) || (i > start && lines[i - 1].isBlank() && isLabelledTitle(line));
            if (!wrapped && heading && !inLabelledFacts(lines, i) && hasTextAfter(lines, i, end)) {
                builder.heading(line);
            } else if (!wrapped && isShoutedLabel(line) && once(lines, line, start, end) && hasTextAfter(lines, i, end)) {
                builder.heading(line.strip().substring(0, line.strip().length() - 1));
            } else {
                if (!wrapped) {
                    builder.endParagraph();
                }
                builder.line(line);
            }
        }
        builder.endParagraph();
        List<String> masthead = new ArrayList<>(Masthead.lines(lines, 0, start));
        masthead.addAll(Masthead.lines(lines, end, lines.length));
        return new ParsedDocument(ParsedDocument.FrontMatter.NONE, null, builder.build(), masthead);
    }

    /** "Director: Merlin Tebbutt": a label, a colon and its value on one line. */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L} ()]{1,25}:\\s+\\S.*");

    /**
     * A line of a block of labelled facts (a listing's "Director: Merlin Tebbutt" over "Run time: 116 minutes", a
     * form's "Your name (optional): Wattie Ogilvie"): a labelled line next to another, which is a fact to quote, not a
     * heading over the lines after it.
     */
    private static boolean inLabelledFacts(String[] lines, int index) {
        return LABELLED.matcher(lines[index].strip()).matches()
                && (index > 0 && LABELLED.matcher(lines[index - 1].strip()).matches()
                    || index + 1 < lines.length && LABELLED.matcher(lines[index + 1].strip()).matches());
    }

    /**
     * Headline lines opening the text, one of them heading-shaped, with no heading further down ("SECOND REEL,
     * Episode 214: The Comet Diner" and "Transcript excerpt, lightly edited for length" over a podcast's transcript)
     * are its headline and subtitle, not sections: the review has no headings.
     */
    private static int pastHeadlines(String[] lines, int start, int end) {
        int first = start;
        int headlines = 0;
        boolean headingShaped = false;
        while (first < end && (lines[first].isBlank() || isHeading(lines[first]) || Masthead.isHeadline(lines[first]))) {
            headingShaped |= isHeading(lines[first]);
            headlines += lines[first].isBlank() ? 0 : 1;
            first++;
        }
        // A longer run of short lines is the page's own content (a listing's "Director: Merlin Tebbutt", "Run time:
        // 116 minutes"), no headline.
        if (!headingShaped || first == end || headlines > Masthead.MAX_LINES) {
            return start;
        }
        for (int i = first; i < end; i++) {
            if (isHeading(lines[i]) && hasTextAfter(lines, i, end)) {
                return start;
            }
        }
        return first;
    }

    /**
     * Text wrapped at a fixed width, as e-mails and old newsgroup reviews are: no line much longer than such a width,
     * and lines longer than any heading stopping mid-sentence more than once. A web review's paragraphs are one
     * long line each, and its one long headline ("Just saw Little Furnace and I need to talk about it") wraps nothing.
     */
    private static boolean hardWrapped(String[] lines, int start, int end) {
        int stoppingMidSentence = 0;
        for (int i = start; i < end; i++) {
            if (lines[i].strip().length() > MAX_WRAPPED_CHARS) {
                return false;
            }
            if (i + 1 < end && continues(lines[i], lines[i + 1])) {
                stoppingMidSentence++;
            }
        }
        return stoppingMidSentence >= 2;
    }

    /**
     * A line hard-wrapped from the one before: that one is longer than any heading and stops mid-sentence ("...,
     * and Rhys" then "Penhale is the villain"). Otherwise each line is a paragraph, as in ballerina.txt.
     */
    private static boolean continues(String previous, String line) {
        String before = previous.strip();
        return !line.isBlank() && before.length() > MAX_HEADING_CHARS
                && ".!?:;…\"”’)]".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    private static final java.util.regex.Pattern COLUMN_GAP = java.util.regex.Pattern.compile("\\S {3,}\\S");

    static boolean isHeading(String line) {
        String s = line.strip();
        // A wide gap inside the line sets out columns (a chord chart's "G        D", a table's row), not a heading's phrase.
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || s.split("\\s+").length > MAX_HEADING_WORDS || COLUMN_GAP.matcher(s).find()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        // "5 Things I Loved" is a listicle's heading; "By Harriet Quell", "Watched 03 Nov, 2026" and "8/10" are
        // a byline, a date and a rating, not sections.
        boolean capitalised = Character.isUpperCase(s.codePointAt(0)) || s.matches("\\d{1,2}\\.?\\s+\\p{Lu}.*");
        return Character.isLetterOrDigit(last) && capitalised && (!Masthead.isMetadataLine(s) || SCORED_PART.matcher(s).matches());
    }

    /**
     * "Method 2 of 3: Cope with the Cold", "Part One: The Long Night" after a blank line: a label, a colon and a title in
     * title case (every word capitalised but the function words, Lucene's English stop words), which a heading may be
     * at any length a line of one allows; a list ("Cast: Tova Ballantyne, Crinan Urquhart, ...") has commas, a sentence
     * lower-case words. Not the page's own opening line ("FLM2207 Contemporary British Cinema: Landscape and Labour"),
     * nor a line under another with no break between (a masthead's lines).
     */
    private static boolean isLabelledTitle(String line) {
        String s = line.strip();
        int colon = s.indexOf(": ");
        return colon > 0 && s.length() <= MAX_HEADING_CHARS && Character.isLetterOrDigit(s.charAt(s.length() - 1))
                && s.indexOf(',') < 0 && !Masthead.isMetadataLine(s)
                && java.util.Arrays.stream(s.split("[\\s:]+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetter) && !FUNCTION_WORDS.contains(w))
                        .allMatch(w -> !Character.isLowerCase(w.codePointAt(0)));
    }

    private static final org.apache.lucene.analysis.CharArraySet FUNCTION_WORDS =
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /**
     * "THE PACE:", "THE GOOD NEWS:" on a line of their own: a heading written in capitals with a colon, as some
     * sites print them. Only in capitals: "Pros:" over its items is a list's label ({@link Section#isListLabel}).
     */
    private static boolean isShoutedLabel(String line) {
        String s = line.strip();
        if (!s.endsWith(":")) {
            return false;
        }
        String name = s.substring(0, s.length() - 1).strip();
        return isHeading(name) && name.codePoints().filter(Character::isLetter).count() >= 2
                && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A label that comes back ("MAYA:" over each of her turns in a transcript) names a speaker, not a part. */
    private static boolean once(String[] lines, String line, int start, int end) {
        int seen = 0;
        for (int i = start; i < end; i++) {
            seen += lines[i].strip().equals(line.strip()) ? 1 : 0;
        }
        return seen == 1;
    }

    /**
     * "Fight Scenes — 9/10": a part of the film with the reviewer's score for it, a heading. Not a bare "8/10", nor a
     * rating line ("Rating: 3/5", "Score — 72/100"), which stays in the text as the review's rating.
     */
    private static final java.util.regex.Pattern SCORED_PART = java.util.regex.Pattern.compile(
            "(?!(?i:rating|score|grade|overall|verdict|stars)\\b)\\p{Lu}[\\p{L}&' ]{2,40}?\\s+[—–-]\\s+\\d{1,3}(?:\\.\\d)?\\s?/\\s?(?:5|10|100)");

    private static boolean hasTextAfter(String[] lines, int index, int end) {
        for (int i = index + 1; i < end; i++) {
            if (!lines[i].isBlank()) {
                return !isHeading(lines[i]);
            }
        }
        return false;
    }
}
