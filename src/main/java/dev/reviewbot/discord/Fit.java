package dev.reviewbot.discord;

import dev.reviewbot.text.TextLimits;

/**
 * Fits text into Discord's limits: never mid-word, at a sentence where possible (the core's
 * {@link TextLimits}), keeping whole paragraphs and lines where they fit.
 */
final class Fit {

    /** Below this, a cut piece would be a stub: leave it out instead. */
    private static final int SMALLEST_PIECE = 40;

    private Fit() {
    }

    /** The text itself when it fits, else cut at a sentence (or word) with "…". */
    static String cut(String text, int max) {
        return TextLimits.cut(text, max);
    }

    /** Text on one line: newlines and runs of spaces become one space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Whole paragraphs while they fit, then the next one cut at a sentence. */
    static String paragraphs(String text, int max) {
        return joined(text.strip().split("\\n\\s*\\n"), "\n\n", max);
    }

    /** Whole lines while they fit, then the next one cut at a sentence. */
    static String lines(String text, int max) {
        return joined(text.strip().split("\\n"), "\n", max);
    }

    static boolean fits(String text, int max) {
        return TextLimits.fits(text, max);
    }

    private static String joined(String[] pieces, String separator, int max) {
        String whole = String.join(separator, pieces);
        if (fits(whole, max)) {
            return whole;
        }
        StringBuilder kept = new StringBuilder();
        for (String piece : pieces) {
            String sep = kept.length() == 0 ? "" : separator;
            if (kept.length() + sep.length() + piece.length() <= max) {
                kept.append(sep).append(piece);
                continue;
            }
            int room = max - kept.length() - sep.length();
            if (room >= SMALLEST_PIECE || kept.length() == 0) {
                kept.append(sep).append(cut(piece, room));
            } else if (kept.length() + sep.length() + 1 <= max) {
                kept.append(sep).append('…'); // shows that more follows
            }
            break;
        }
        return kept.toString();
    }
}
