package com.vayyari.wadb.command;

import com.vayyari.wadb.output.RowSink;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;

/**
 * A row counter on stderr for long exports, redrawn in place at most a few times a second; only when stderr is
 * a terminal, so logs and pipes never see it.
 */
final class Progress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private long rows;
    private long shownAt = System.nanoTime();
    private boolean shown;

    Progress(PrintStream err) {
        this.err = err;
    }

    void add(long more) {
        rows += more;
        long now = System.nanoTime();
        if (now - shownAt >= EVERY_NANOS) {
            err.print("\r" + rows + " rows…");
            err.flush();
            shownAt = now;
            shown = true;
        }
    }

    /** Clears the counter line. */
    void done() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    /** Counts the rows a sink passes on. */
    RowSink counting(RowSink sink) {
        return new ForwardingSink(sink) {
            @Override
            public void row(String[] values) throws IOException {
                super.row(values);
                add(1);
            }
        };
    }

    /** Counts lines of COPY text as they are written (a quoted field with newlines counts more; it is a gauge). */
    Writer counting(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(c);
                if (c == '\n') {
                    add(1);
                }
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                out.write(chars, offset, length);
                long lines = 0;
                for (int i = offset; i < offset + length; i++) {
                    lines += chars[i] == '\n' ? 1 : 0;
                }
                add(lines);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                write(text.toCharArray(), offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
