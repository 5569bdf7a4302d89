package dev.reviewbot.opinion;

import java.util.Locale;

/**
 * A scorecard as plain text, for the console and screen readers: one line per section with a bar that
 * grows left for criticism and right for praise from a centre mark, the mean and the sentence counts.
 *
 * <pre>
 * Ballerina, review by Jane Doe: rated 4/5
 *   Acting          ·····│█████      +0.52  4 praise, 1 criticism
 *   Writing         ··███│·····      -0.31  1 praise, 2 criticism
 * </pre>
 */
public final class ScorecardText {

    /** Characters on each side of the centre mark: a full side is a mean of 1. */
    private static final int HALF = 5;

    private ScorecardText() {
    }

    public static String render(Scorecard card) {
        StringBuilder out = new StringBuilder(card.film());
        if (card.reviewer() != null) {
            out.append(", review by ").append(card.reviewer());
        }
        if (card.rating() != null) {
            out.append(": rated ").append(card.rating());
        }
        int width = card.sections().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (Scorecard.SectionScore s : card.sections()) {
            out.append("\n  ").append(pad(s.name(), width)).append("  ");
            if (!s.scored()) {
                out.append("(no polarity scored)");
                continue;
            }
            out.append(bar(s.polarity())).append("  ").append(signed(s.polarity()))
                    .append(String.format(Locale.ROOT, "  %d praise, %d criticism", s.praise(), s.criticism()));
        }
        return out.toString();
    }

    /** Criticism fills leftwards from the centre, praise rightwards; the rest is dotted. */
    static String bar(double polarity) {
        int cells = (int) Math.round(Math.min(1, Math.abs(polarity)) * HALF);
        String left = polarity < 0 ? "·".repeat(HALF - cells) + "█".repeat(cells) : "·".repeat(HALF);
        String right = polarity > 0 ? "█".repeat(cells) + "·".repeat(HALF - cells) : "·".repeat(HALF);
        return left + "│" + right;
    }

    /** "+0.42", "-0.31", and "+0.00" rather than "-0.00" for a hair below zero. */
    static String signed(double polarity) {
        return String.format(Locale.ROOT, "%+.2f", Math.round(polarity * 100) / 100.0 + 0.0);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
