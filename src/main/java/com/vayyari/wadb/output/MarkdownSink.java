package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table: a header row, a delimiter row ({@code ---:} for columns psql aligns
 * right), one row per result row; {@code |} in a value escaped as {@code \|}, a line break (LF, CR LF or CR)
 * as {@code <br>}, NULL as the null display. No footer; tuples-only leaves out the header and delimiter rows
 * (rows to append to an existing table). Cells are not padded, so it streams.
 */
final class MarkdownSink extends RecordSink {

    MarkdownSink(PrintOptions options, Writer out) {
        super(options, out);
    }

    @Override
    void header(List<Column> columns) throws IOException {
        if (columns.isEmpty()) {
            return;
        }
        super.header(columns);
        for (Column column : columns) {
            out.append(column.rightAligned() ? "|---:" : "|---");
        }
        out.append("|\n");
    }

    /** A row of no columns would not be a table row: it is left out. */
    @Override
    void record(String[] values) throws IOException {
        if (values.length == 0) {
            return;
        }
        for (String value : values) {
            out.append("| ");
            escaped(value == null ? options.nullDisplay() : value);
            out.append(' ');
        }
        out.append("|\n");
    }

    private void escaped(String cell) throws IOException {
        int n = cell.length();
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c == '|') {
                out.append("\\|");
            } else if (c == '\n' || c == '\r') {
                out.append("<br>");
                if (c == '\r' && i + 1 < n && cell.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
    }
}
