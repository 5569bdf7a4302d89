package dev.reviewbot.review;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One headed part of a review, e.g. "Acting", with its paragraphs joined by blank lines. */
public record Section(String name, String text) {

    /** Name of the untitled paragraphs that open a review before its first heading. */
    public static final String OPENING = "Introduction";
    /** Name of the single section of a review that has no headings at all. */
    public static final String WHOLE_REVIEW = "Review";

    public Section {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A paragraph that names the list under it ("What works:", "Cons:", "The bad:"): heading-shaped, ending in a
     * colon. "Verdict: three stars" says something itself and names no list.
     */
    public static boolean isListLabel(String paragraph) {
        String s = paragraph.strip();
        return s.length() > 1 && s.endsWith(":") && PlainTextFormat.isHeading(s.substring(0, s.length() - 1));
    }

    private static final Pattern LABELLED = Pattern.compile("^[A-Z][\\w .'&-]{0,25}:\\s+(.+)$");

    /**
     * A line of a credits block, as trade reviews close with ("Crew: Director: Agnes Holt.", "With: Rufus Okoro, Ada
     * Lindqvist."): a short label and a colon, then mostly names. A speaker's line ("MAYA: You could not.") is
     * labelled too, but says its words in lower case.
     */
    public static boolean isCreditsLine(String sentence) {
        Matcher labelled = LABELLED.matcher(sentence.strip());
        if (!labelled.matches()) {
            return false;
        }
        String[] words = labelled.group(1).split("\\s+");
        long named = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return 2 * named >= words.length;
    }

    /**
     * A sentence of a newspaper capsule's credits, closing the review: "Directed by Marit Oblonsky.", "With Dario
     * Venturelli, Anouk Velden.", "112 min.", "Rated PG-13 for smoking.", "In theaters." The capsule's grammar, a closed set.
     */
    public static boolean isCapsuleCredit(String sentence) {
        return CAPSULE_CREDIT.matcher(sentence.strip()).matches() || isCreditsLine(sentence);
    }

    /**
     * A web page's listing line, its parts set apart by middle dots: "12A · 101 mins · UK 2026 · Dir. Lachlan Ure",
     * "Terry Blackmore · Stockport · Member since 2009 · Posts: 4,812", "2.3K views · 147 upvotes · 9 comments".
     * Prose never separates its parts so; two separators make it a listing, facts for the page and no opinion.
     */
    public static boolean isListingLine(String sentence) {
        return LISTING_SEPARATOR.matcher(sentence).results().count() >= 2;
    }

    /** A form's line with a blank to fill in ("I give permission for my child ____ to go"): the form's words, nobody's view. */
    public static boolean isFormField(String sentence) {
        return FORM_BLANK.matcher(sentence).find();
    }

    private static final Pattern FORM_BLANK = Pattern.compile("_{3,}");

    private static final Pattern LISTING_SEPARATOR = Pattern.compile("\\s[·•]\\s");

    private static final Pattern CAPSULE_CREDIT = Pattern.compile("^(?:(?:Written and directed|Directed|Written|Produced) by"
            + "|With|Starring) \\p{Lu}\\p{L}+ \\p{Lu}.*|^(?:Rated [A-Z0-9][\\w-]*|Not rated)\\b.*"
            + "|^(?:In (?:theaters|theatres|cinemas)|Running time: .*|\\d{2,3}\\s*(?:min|mins|minutes))\\.?$");
}
