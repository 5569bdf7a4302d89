package dev.reviewbot.slack;

import dev.reviewbot.text.DisplayText;
import dev.reviewbot.text.Sentences;
import dev.reviewbot.text.TextLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes untrusted text (review quotes, questions, titles) safe inside Slack mrkdwn: it can neither ping
 * ({@code <!channel>}, {@code <@U123>}), link, nor format, and it fits Slack's limits.
 */
final class Mrkdwn {

    /** Slack turns a line that starts with {@code >} (or {@code &gt;}) into a quote; this keeps it text. */
    private static final String LINE_START_GUARD = "\u200B";

    private Mrkdwn() {
    }

    /**
     * &, < and > become entities, as Slack requires. Slack has no escape for *, _, ~ and `, so those become
     * look-alikes (∗ ˍ ∼ ˋ): a stray one can neither open bold text nor swallow the rest of a message in code.
     */
    static String escape(String untrusted) {
        String raw = DisplayText.visible(untrusted); // no zero-width or right-to-left override characters
        StringBuilder out = new StringBuilder(raw.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (lineStart && c == '>') {
                out.append(LINE_START_GUARD);
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '*' -> out.append('\u2217');
                case '_' -> out.append('\u02CD');
                case '~' -> out.append('\u223C');
                case '`' -> out.append('\u02CB');
                default -> out.append(c);
            }
            lineStart = c == '\n';
        }
        return out.toString();
    }

    /** {@code raw} escaped, cut at a sentence (ending in …) so that the escaped text has at most maxChars. */
    static String fit(String raw, int maxChars) {
        String escaped = escape(raw);
        int room = Math.min(raw.length(), maxChars);
        while (escaped.length() > maxChars) {
            // Entities make the escaped text longer than the raw one: shrink the raw room by the overflow.
            room -= Math.max(1, escaped.length() - maxChars);
            if (room < 2) {
                return "…";
            }
            escaped = escape(TextLimits.cut(raw, room));
        }
        return escaped;
    }

    /** True when {@link #fit} would have to cut. */
    static boolean tooLong(String raw, int maxChars) {
        return escape(raw).length() > maxChars;
    }

    /**
     * Long text escaped and split into pieces of at most maxChars, at paragraph ends, or at sentence ends
     * inside a paragraph too long for one piece; one sentence longer than a piece is cut.
     */
    static List<String> chunks(String raw, int maxChars) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : raw.strip().split("\\n\\s*\\n")) {
            String whole = escape(paragraph.strip());
            List<String> parts = whole.length() <= maxChars ? List.of(whole)
                    : Sentences.split(paragraph).stream().map(sentence -> fit(sentence, maxChars)).toList();
            boolean firstOfParagraph = true;
            for (String part : parts) {
                String separator = current.length() == 0 ? "" : firstOfParagraph ? "\n\n" : " ";
                if (current.length() + separator.length() + part.length() > maxChars) {
                    pieces.add(current.toString());
                    current.setLength(0);
                    separator = "";
                }
                current.append(separator).append(part);
                firstOfParagraph = false;
            }
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** Plain text for plain_text objects (buttons, headers): no markup to escape, only a length limit. */
    static String plain(String raw, int maxChars) {
        return TextLimits.cut(raw.replaceAll("\\s+", " ").strip(), maxChars);
    }
}
