package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * psql's aligned format ({@code print_aligned_text}, border 1, ascii lines), byte for byte: centred headers,
 * a {@code -+-} rule, numbers right-aligned, {@code +} where a value continues on the next line, the last
 * column padded only where a {@code +} follows, a {@code (N rows)} footer and an empty line.
 *
 * <p>Widths come from every row, so rows are held until the end (see {@link HeldRowsSink}).
 */
final class TableSink extends HeldRowsSink {

    private final DisplayText measure = DisplayText.measurer();
    private List<Column> columns;
    private int[] widths;
    private boolean[] right;

    private final boolean withHeader;
    private final boolean withFooter;

    TableSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory) {
        this(options, out, memoryBudget, spillDirectory, true, true);
    }

    /** One batch of a FETCH_COUNT table: only the first prints the header, only the last the footer. */
    TableSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory, boolean withHeader,
              boolean withFooter) {
        super(options, out, memoryBudget, spillDirectory);
        this.withHeader = withHeader;
        this.withFooter = withFooter;
    }

    @Override
    void begin(List<Column> resultColumns) {
        columns = List.copyOf(resultColumns);
        int n = columns.size();
        widths = new int[n];
        right = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = measure.of(columns.get(i).name()).width();
            right[i] = columns.get(i).rightAligned();
        }
    }

    @Override
    void measure(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            widths[i] = Math.max(widths[i], measure.of(cells[i]).width());
        }
    }

    @Override
    void print(long rowCount, RowStore rows) throws IOException {
        if (!options.tuplesOnly() && withHeader) {
            printTitle();
            printHeader();
        }
        ColumnLines lines = new ColumnLines(columns.size());
        rows.replay(cells -> printRow(lines.format(cells)));
        if (!withFooter) {
            return;
        }
        if (!options.tuplesOnly() && !options.footerLines().isEmpty()) {
            for (String footer : options.footerLines()) {
                out.append(footer).append('\n');
            }
        } else if (!options.tuplesOnly() && options.footer()) {
            out.rowCount(rowCount).append('\n');
        }
        out.append('\n');
    }

    /** psql centres the title over the whole table, or starts it at the left edge when it is wider. */
    private void printTitle() throws IOException {
        if (options.title() == null) {
            return;
        }
        int total = 3 * widths.length - 1;
        for (int width : widths) {
            total += width;
        }
        int titleWidth = measure.of(options.title()).width();
        if (titleWidth < total) {
            out.spaces((total - titleWidth) / 2);
        }
        out.append(options.title()).append('\n');
    }

    private void printHeader() throws IOException {
        int n = columns.size();
        ColumnLines header = new ColumnLines(n);
        for (int i = 0; i < n; i++) {
            header.format(i, columns.get(i).name());
        }
        for (int line = 0; line < header.maxLines(); line++) {
            for (int i = 0; i < n; i++) {
                DisplayText text = header.column(i);
                out.append(' ');
                if (line < text.lineCount()) {
                    int space = widths[i] - text.lineWidth(line);
                    out.spaces(space / 2).append(text.line(line)).spaces((space + 1) / 2);
                    out.append(line + 1 < text.lineCount() ? '+' : ' ');
                } else {
                    out.spaces(widths[i]).append(' ');
                }
                if (i < n - 1) {
                    out.append('|');
                }
            }
            out.append('\n');
        }
        out.append('-');
        for (int i = 0; i < n; i++) {
            out.repeat('-', widths[i]).append(i < n - 1 ? "-+-" : "");
        }
        out.append("-\n");
    }

    /** One value's lines per column, side by side; a column past its last line shows blank. */
    private void printRow(ColumnLines cells) throws IOException {
        int n = widths.length;
        int last = n - 1;
        for (int line = 0; line < cells.maxLines(); line++) {
            for (int i = 0; i < n; i++) {
                DisplayText text = cells.column(i);
                out.append(' ');
                int used = widths[i];
                if (line < text.lineCount()) {
                    used = text.lineWidth(line);
                    if (right[i]) {
                        out.spaces(widths[i] - used);
                    }
                    out.append(text.line(line));
                } else if (i < last) {
                    out.spaces(widths[i]);
                }
                boolean continues = line + 1 < text.lineCount();
                if (!right[i] && (i < last || continues)) {
                    out.spaces(widths[i] - used);
                }
                if (continues) {
                    out.append('+');
                } else if (i < last) {
                    out.append(' ');
                }
                if (i < last) {
                    out.append('|');
                }
            }
            out.append('\n');
        }
    }
}
