package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The sinks' buffered view of the caller's Writer: text in 32K chunks, padding without building strings. The
 * Writer is flushed at {@link #flush}, never closed.
 */
final class TextOut implements Appendable {

    private final Writer out;
    private final char[] buffer = new char[32 * 1024];
    private int length;

    TextOut(Writer out) {
        this.out = out;
    }

    @Override
    public TextOut append(char c) throws IOException {
        if (length == buffer.length) {
            drain();
        }
        buffer[length++] = c;
        return this;
    }

    @Override
    public TextOut append(CharSequence text) throws IOException {
        return append(text, 0, text.length());
    }

    @Override
    public TextOut append(CharSequence text, int start, int end) throws IOException {
        int from = start;
        while (from < end) {
            if (length == buffer.length) {
                drain();
            }
            int n = Math.min(end - from, buffer.length - length);
            if (text instanceof String) {
                ((String) text).getChars(from, from + n, buffer, length);
            } else {
                for (int i = 0; i < n; i++) {
                    buffer[length + i] = text.charAt(from + i);
                }
            }
            length += n;
            from += n;
        }
        return this;
    }

    /** {@code count} copies of {@code c}; nothing when {@code count <= 0}. */
    TextOut repeat(char c, int count) throws IOException {
        int left = count;
        while (left > 0) {
            if (length == buffer.length) {
                drain();
            }
            int n = Math.min(left, buffer.length - length);
            Arrays.fill(buffer, length, length + n, c);
            length += n;
            left -= n;
        }
        return this;
    }

    TextOut spaces(int count) throws IOException {
        return repeat(' ', count);
    }

    /** psql's default footer line: {@code (1 row)}, {@code (N rows)}. */
    TextOut rowCount(long rows) throws IOException {
        return append('(').append(Long.toString(rows)).append(rows == 1 ? " row)" : " rows)");
    }

    /** Hands everything buffered to the Writer and flushes it. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
