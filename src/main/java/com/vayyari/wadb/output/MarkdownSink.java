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
final class MarkdownSink implements RowSink {

    private final PrintOptions options;
    private final TextOut out;

    MarkdownSink(PrintOptions options, Writer out) {
        this.options = options;
        this.out = new TextOut(out);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        if (options.tuplesOnly() || columns.isEmpty()) {
            return;
        }
        record(columns.stream().map(Column::name).toArray(String[]::new));
        for (Column column : columns) {
            out.append(column.rightAligned() ? "|---:" : "|---");
        }
        out.append("|\n");
    }

    @Override
    public void row(String[] values) throws IOException {
        if (values.length > 0) {
            record(Cells.withNullDisplay(values, options.nullDisplay()));
        }
    }

    @Override
    public void end(long rowCount) throws IOException {
        out.flush();
    }

    private void record(String[] cells) throws IOException {
        for (String cell : cells) {
            out.append("| ");
            escaped(cell);
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
