package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * psql's expanded aligned format ({@code \x}, {@code print_aligned_vertical}, border 1), byte for byte: a
 * {@code -[ RECORD n ]-+---} line per row, then one {@code name | value} line per column. The value column is
 * as wide as the widest value in the whole result (and at least as the record line), so rows are held until
 * the end (see {@link HeldRowsSink}). No footer when there are rows; {@code (0 rows)} when there are none.
 */
final class ExpandedSink extends HeldRowsSink {

    private final DisplayText measure = DisplayText.measurer();
    private ColumnLines names;
    private int columnCount;
    private int nameWidth;
    private int valueWidth;
    private boolean multiLineValues;

    ExpandedSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory) {
        super(options, out, memoryBudget, spillDirectory);
    }

    @Override
    void begin(List<Column> columns) {
        columnCount = columns.size();
        names = new ColumnLines(columnCount);
        for (int i = 0; i < columnCount; i++) {
            names.format(i, columns.get(i).name());
            nameWidth = Math.max(nameWidth, names.column(i).width());
        }
    }

    @Override
    void measure(String[] cells) {
        for (String cell : cells) {
            measure.of(cell);
            valueWidth = Math.max(valueWidth, measure.width());
            multiLineValues |= measure.lineCount() > 1;
        }
    }

    @Override
    void print(long rowCount, RowStore rows) throws IOException {
        // psql takes its "no cells" path for no rows and for no columns alike.
        if (rowCount == 0 || columnCount == 0) {
            if (!options.tuplesOnly() && options.footer()) {
                out.rowCount(rowCount).append('\n');
            }
        } else {
            printRecords(rowCount, rows);
        }
        out.append('\n');
    }

    private void printRecords(long rowCount, RowStore rows) throws IOException {
        int separatorWidth = multiLineValues ? 4 : 3;
        int recordWidth = options.tuplesOnly() ? 0 : Long.toString(rowCount).length() + 12;
        int width = Math.max(nameWidth + separatorWidth + valueWidth, recordWidth);
        int dataWidth = width - nameWidth - separatorWidth;
        ColumnLines values = new ColumnLines(columnCount);
        long[] record = {0};
        rows.replay(cells -> {
            record[0]++;
            if (!options.tuplesOnly()) {
                recordLine(record[0], dataWidth);
            } else if (record[0] > 1) {
                recordLine(0, dataWidth);
            }
            values.format(cells);
            for (int i = 0; i < cells.length; i++) {
                printField(names.column(i), values.column(i), dataWidth);
            }
        });
    }

    /** {@code -[ RECORD n ]-+---}, psql's print_aligned_vertical_line; record 0 is a plain rule. */
    private void recordLine(long record, int dataWidth) throws IOException {
        out.append('-');
        int length = 1;
        if (record > 0) {
            String label = "[ RECORD " + record + " ]";
            out.append(label);
            length += label.length();
        }
        out.repeat('-', nameWidth - length);
        length -= nameWidth;
        if (length-- <= 0) {
            out.append('-');
        }
        if (length-- <= 0) {
            out.append('+');
        }
        if (length-- <= 0) {
            out.append('-');
        }
        out.repeat('-', dataWidth - Math.max(length, 0));
        out.append('\n');
    }

    /** Name and value lines side by side until both are out; a {@code +} ends every line but a value's last. */
    private void printField(DisplayText name, DisplayText value, int dataWidth) throws IOException {
        int line = 0;
        while (line < name.lineCount() || line < value.lineCount()) {
            if (line < name.lineCount()) {
                out.append(name.line(line)).spaces(nameWidth - name.lineWidth(line));
                out.append(line + 1 < name.lineCount() ? '+' : ' ');
            } else {
                out.spaces(nameWidth + 1);
            }
            out.append('|');
            if (line < value.lineCount()) {
                out.append(' ').append(value.line(line));
                if (line + 1 < value.lineCount()) {
                    out.spaces(dataWidth - value.lineWidth(line)).append('+');
                }
            }
            out.append('\n');
            line++;
        }
    }
}
