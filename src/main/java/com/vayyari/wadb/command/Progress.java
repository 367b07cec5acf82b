package com.vayyari.wadb.command;

import com.vayyari.wadb.output.ForwardingSink;
import com.vayyari.wadb.output.RowSink;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;

/**
 * A row counter for long exports, drawn by {@link ProgressBar} (stderr, only when it is a terminal), fed by the
 * rows a sink passes on or the lines COPY writes.
 */
final class Progress {

    private final ProgressBar bar;
    private long rows;

    /** Made only when stderr is a terminal, so its bar is always drawn. */
    Progress(PrintStream err) {
        this.bar = new ProgressBar(err, true);
    }

    void add(long more) {
        rows += more;
        bar.show("rows", rows, 0);
    }

    /** Clears the counter line. */
    void done() {
        bar.finish();
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
