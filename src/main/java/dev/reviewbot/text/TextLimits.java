package dev.reviewbot.text;

/** Fits text into a platform's size limits without cutting a word, and at a sentence where possible. */
public final class TextLimits {

    private static final String ELLIPSIS = "…";

    private TextLimits() {
    }

    /** {@code text} itself when it fits; else its longest prefix ending a sentence (or word), plus "…". */
    public static String cut(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - ELLIPSIS.length();
        StringBuilder kept = new StringBuilder();
        for (String sentence : Sentences.split(text)) {
            int needed = (kept.length() > 0 ? 1 : 0) + sentence.length();
            if (kept.length() + needed > room) {
                break;
            }
            kept.append(kept.length() > 0 ? " " : "").append(sentence);
        }
        if (kept.length() == 0) {
            int space = text.lastIndexOf(' ', room);
            kept.append(space > 0 ? text.substring(0, space) : text.substring(0, room));
        }
        return kept.append(kept.length() < text.length() ? ELLIPSIS : "").toString();
    }

    public static boolean fits(String text, int maxChars) {
        return text.length() <= maxChars;
    }
}
