package com.vayyari.wadb.command;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Bold search hits on a terminal. {@code ts_headline} marks each hit with two combining marks of zero width
 * (U+20D0, U+20D1: symbol accents no chat text uses); every format lays the text out with them in place, so
 * column widths stay psql's, and only then does this writer turn them into bold on/off. The formats escape
 * control characters in data, so the escape codes must come after them, never from the database.
 */
final class Highlight {

    static final char START = '\u20D0';
    static final char STOP = '\u20D1';
    private static final String BOLD = "\u001b[1m";
    private static final String NORMAL = "\u001b[22m";

    private Highlight() {
    }

    /** {@code ts_headline} options: hits marked for a terminal, or left plain for files and pipes. */
    static String headlineOptions(boolean bold) {
        String marks = bold ? "StartSel=" + START + ", StopSel=" + STOP : "StartSel=\"\", StopSel=\"\"";
        return marks + ", MaxWords=35, MinWords=15";
    }

    /** A writer that shows the marks as bold; text without marks passes unchanged. */
    static Writer bold(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                if (c == START) {
                    out.write(BOLD);
                } else if (c == STOP) {
                    out.write(NORMAL);
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                write(new String(chars, offset, length), 0, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                int from = offset;
                int end = offset + length;
                for (int i = offset; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == START || c == STOP) {
                        out.write(text, from, i - from);
                        write(c);
                        from = i + 1;
                    }
                }
                out.write(text, from, end - from);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
