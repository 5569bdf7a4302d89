package dev.reviewbot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page furniture web reviews open and close with: a headline, a byline ("By Jane Doe, Film Critic",
 * "Review by film_fan ★★★★", "Posted by Jane Doe on The Late Show"), a bare rating line ("★★½", "8/10"), a
 * dated line ("Watched 03 Nov, 2026", "filmfan · 12 March 2025"), and at the end the site's own buttons
 * ("14 out of 17 found this helpful", "Sign in to vote", "Permalink", a newsletter's "Thanks for reading X!
 * Subscribe..."). The opening lines are metadata, read at ingest; none of it is the reviewer's prose, so it never
 * becomes a passage to quote as evidence.
 */
final class Masthead {

    /** The longest run of opening lines read as furniture: a headline, a byline, a rating and a date. */
    static final int MAX_LINES = 5;
    private static final int MAX_RATING_WORDS = 4;
    private static final int MAX_DATED_WORDS = 8;
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "03 Nov, 2026", "March 12, 2025", "2025-03-12", "12/03/2025", "October 2024". */
    static final Pattern DATE = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}\\b"
            + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
            + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b" + MONTH + "\\s+\\d{4}\\b");
    /** What review sites print under a review: vote counts, voting and sharing buttons, a permalink. */
    private static final Pattern SITE_BUTTONS = Pattern.compile("(?i)^(?:\\d+ out of \\d+ (?:people )?found this (?:review )?helpful"
            + "|was this review helpful|sign in to vote|permalink|report this|share this|thanks for reading|subscribe)\\b.*");

    private Masthead() {
    }

    /**
     * Where the review's prose starts: past the furniture lines that open {@code lines} from {@code from}. Headline
     * lines (a newsletter's name, an issue's subtitle) count only when a byline, rating or date line follows them.
     */
    static int end(String[] lines, int from) {
        List<Integer> opening = new ArrayList<>();
        for (int i = from; i < lines.length && opening.size() < MAX_LINES; i++) {
            if (!lines[i].isBlank()) {
                opening.add(i);
            }
        }
        int end = from;
        for (int k = 0; k < opening.size(); k++) {
            String line = lines[opening.get(k)];
            String next = k + 1 < opening.size() ? lines[opening.get(k + 1)] : nextNonBlank(lines, opening.get(k));
            if (isMetadataLine(line) || isNameOverDate(line, next)) {
                end = opening.get(k) + 1;
            } else if (!isHeadline(line)) {
                break;
            }
        }
        return end;
    }

    /**
     * "Priya Moss" over "Nov 14, 2026", or "Rosalind Achebe · Follow" over "6 min read · Nov 2, 2026": a newsletter's
     * or a blog's author, on a line of their own (with the blog's follow button) above the date.
     */
    static boolean isNameOverDate(String line, String next) {
        return line != null && next != null && NAME.matcher(bare(line)).matches() && (isDated(bare(next)) || isCounter(bare(next)));
    }

    /** The author's name on a name-over-date line, without the blog's follow button. */
    static String nameOf(String line) {
        Matcher name = NAME.matcher(bare(line));
        return name.matches() ? name.group(1) : bare(line);
    }

    /**
     * A name ("Priya Moss"), or a review site's user handle ("reelgrinder_88": letters with a digit or an underscore);
     * a newspaper's byline without its "By" may give the writer's post and paper after it ("Dora Penn, film editor,
     * The Clarion").
     */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}"
            + "|(?=[\\p{L}\\d_.]*\\p{L})[\\p{L}\\d.]*[_\\d][\\p{L}\\d_.]*)(?:\\s*·\\s*Follow|(?:,\\s+[\\p{L}' ]{2,40}){1,2})?");

    /** Where the review's prose ends: before the site's buttons and counters that close {@code lines}. */
    static int closingStart(String[] lines, int to) {
        int start = to;
        for (int i = to - 1; i >= 0; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (!SITE_BUTTONS.matcher(bare(lines[i])).matches()) {
                break;
            }
            start = i;
        }
        return start;
    }

    /** The furniture lines between {@code from} and {@code to}, as written. */
    static List<String> lines(String[] lines, int from, int to) {
        List<String> kept = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) {
                kept.add(bare(lines[i]));
            }
        }
        return kept;
    }

    /** A byline, a rating standing alone, a short dated line or a page's counter: metadata rather than prose. */
    static boolean isMetadataLine(String line) {
        if (line == null) {
            return false;
        }
        String s = bare(line);
        int words = s.split("\\s+").length;
        return ProseMetadata.isByline(s) || ProseMetadata.userLine(s).isPresent() || isCounter(s)
                || (words <= MAX_RATING_WORDS && ProseMetadata.rating(List.of(new Section(Section.WHOLE_REVIEW, s))).isPresent())
                || isDated(s);
    }

    /** A short dated line ("Nov 14, 2026", "Watched 03 Nov, 2026", a video's "3 days ago"), not a sentence. */
    private static boolean isDated(String s) {
        return s.split("\\s+").length <= MAX_DATED_WORDS && (DATE.matcher(s).find() || AGO.matcher(s).find()) && !s.matches(".*[.!?]$");
    }

    /** A time given back from the page's day: "3 days ago", "an hour ago". */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(?:\\d+|an?)\\s+(?:minute|hour|day|week|month|year)s?\\s+ago\\b");

    /** A page's counter standing alone: a channel's "31.4K subscribers", a video's "12,408 views". */
    private static boolean isCounter(String s) {
        return COUNTER.matcher(s).matches();
    }

    private static final Pattern COUNTER = Pattern.compile("(?i)[\\d.,]+\\s*[KM]?\\s+(?:subscribers|followers|views|likes)\\b.{0,40}");

    /** A line a sentence would end with punctuation; a headline or a summary line does not. */
    static boolean isHeadline(String line) {
        String s = bare(line);
        return !s.matches(".*[.!?:]$") && s.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    private static String nextNonBlank(String[] lines, int index) {
        for (int i = index + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return null;
    }

    /** The line without Markdown emphasis around it ("*Posted by ...*"). */
    static String bare(String line) {
        return line.strip().replaceAll("^[*_]+|[*_]+$", "").strip();
    }
}
