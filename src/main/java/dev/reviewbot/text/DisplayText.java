package dev.reviewbot.text;

/**
 * Makes untrusted text (review text, questions, file names, echoed arguments) safe to show on a terminal or
 * in a chat: terminal escape sequences (ANSI CSI, OSC, DCS...) are dropped whole, other control characters
 * except newline and tab are dropped, and so are invisible characters that change how text reads: zero-width
 * characters and bidirectional overrides (a right-to-left override can make "txt.exe" read "exe.txt").
 * JSON output does not need this: JSON escapes control characters itself.
 */
public final class DisplayText {

    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;

    private DisplayText() {
    }

    /** The text without escape sequences, control characters (but newline and tab) and invisible marks. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        Filter filter = new Filter();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            filter.accept(text.charAt(i), out);
        }
        return out.toString();
    }

    /** {@link #visible} on one line: newlines and tabs become spaces (titles, file names in errors). */
    public static String oneLine(String text) {
        return text == null ? null : visible(text).replaceAll("[\\n\\t]+", " ");
    }

    /** True for the zero-width and bidirectional formatting characters that are never shown on purpose. */
    static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u180E';
    }

    /**
     * A character-at-a-time filter, so that a writer can apply it to text arriving in pieces: an escape
     * sequence split across two writes is still dropped whole.
     */
    public static final class Filter {

        private enum State { TEXT, ESCAPE, CSI, STRING, STRING_ESCAPE }

        private State state = State.TEXT;

        public void accept(char c, StringBuilder out) {
            switch (state) {
                case TEXT -> text(c, out);
                case ESCAPE -> state = switch (c) {
                    case '[' -> State.CSI;
                    case ']', 'P', '^', '_', 'X' -> State.STRING; // OSC, DCS, PM, APC, SOS: up to BEL or ESC \
                    default -> State.TEXT; // a two-character sequence such as ESC c (reset)
                };
                case CSI -> {
                    if (c >= 0x40 && c <= 0x7E) {
                        state = State.TEXT;
                    }
                }
                case STRING -> {
                    if (c == BEL || c == '\u009C') {
                        state = State.TEXT;
                    } else if (c == ESC) {
                        state = State.STRING_ESCAPE;
                    }
                }
                case STRING_ESCAPE -> state = c == '\\' ? State.TEXT : State.STRING;
            }
        }

        private void text(char c, StringBuilder out) {
            if (c == ESC) {
                state = State.ESCAPE;
            } else if (c == '\u009B') {
                state = State.CSI; // the one-byte CSI
            } else if (c == '\u009D' || c == '\u0090' || c == '\u009E' || c == '\u009F') {
                state = State.STRING;
            } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || invisible(c))) {
                out.append(c);
            }
        }
    }
}
