package dev.reviewbot.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer for a terminal: whatever passes through it is filtered by {@link DisplayText.Filter}. */
public final class TerminalWriter extends FilterWriter {

    private final DisplayText.Filter filter = new DisplayText.Filter();

    public TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder kept = new StringBuilder(length);
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                filter.accept(chars[i], kept);
            }
            out.write(kept.toString());
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
