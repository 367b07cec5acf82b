package com.vayyari.wadb.output;

import java.io.IOException;
import java.util.List;

/**
 * psql's expanded aligned output ({@code print_aligned_vertical}), byte for byte at borders 0, 1 and 2 in every
 * line style: a record line per row ({@code -[ RECORD n ]-+---}, {@code * Record n} at border 0), then a
 * {@code name | value} line per column, values continued or (wrapped) cut with the line style's marks. The value
 * column is as wide as the widest value and at least as the record line; wrapped fits it to the target width.
 * Used by {@link ExpandedSink} and by {@link TableSink} for {@code \x auto}.
 */
final class VerticalPrinter {

    private final PrintOptions options;
    private final TextOut out;
    private final LineStyle lines;
    private final int border;
    private final boolean oldAscii;
    private final int[] fitted = new int[1];
    private final int nameWidth;
    private final boolean headerMultiLine;
    private final Batch batch;
    /** Whether values need a column for continuation marks; wrapping can make them need one. */
    private boolean dataMultiLine;
    /** The widest value, until {@link #fitValueColumn} makes it the value column's width. */
    private int valueWidth;

    /**
     * Where these rows stand in the result: FETCH_COUNT prints it batch by batch, numbering records on from the
     * rows before, and only the first batch has the title, only the last the bottom line and footer.
     */
    record Batch(long priorRecords, boolean first, boolean last) {
        static final Batch WHOLE = new Batch(0, true, true);
    }

    VerticalPrinter(PrintOptions options, TextOut out, ColumnStats stats) {
        this(options, out, stats, Batch.WHOLE);
    }

    VerticalPrinter(PrintOptions options, TextOut out, ColumnStats stats, Batch batch) {
        this.batch = batch;
        this.options = options;
        this.out = out;
        this.lines = options.lines();
        this.border = TableSink.clampedBorder(options.border());
        this.oldAscii = lines.oldAscii();
        this.nameWidth = stats.nameWidth();
        this.headerMultiLine = stats.headerMultiLine();
        this.dataMultiLine = stats.dataMultiLine();
        this.valueWidth = stats.valueWidth();
    }

    void print(List<Column> columns, long rowCount, RowStore rows) throws IOException {
        if ((rowCount == 0 || columns.isEmpty()) && batch.first() && batch.last()) {
            // psql takes its "no cells" path for no rows and for no columns alike, with the default footer.
            if (!options.tuplesOnly() && !options.footerLines().isEmpty()) {
                for (String footer : options.footerLines()) {
                    out.append(footer).append('\n');
                }
            } else if (!options.tuplesOnly() && options.footer()) {
                out.rowCount(batch.priorRecords() + rowCount).append('\n');
            }
            out.append('\n');
            return;
        }
        if (batch.first() && !options.tuplesOnly() && options.title() != null) {
            out.append(options.title()).append('\n');
        }
        fitValueColumn(rowCount);
        ColumnLines names = new ColumnLines(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            names.format(i, columns.get(i).name());
        }
        ColumnLines values = new ColumnLines(columns.size());
        int recordNameWidth = nameWidth + (border < 2 && headerMultiLine && oldAscii ? 1 : 0);
        long[] record = {0};
        rows.replay(cells -> {
            record[0]++;
            LineStyle.Rule rule = record[0] == 1 ? lines.top() : lines.middle();
            if (!options.tuplesOnly()) {
                recordLine(batch.priorRecords() + record[0], recordNameWidth, rule);
            } else if (record[0] > 1 || !batch.first() || border == 2) {
                recordLine(0, recordNameWidth, rule);
            }
            values.format(cells);
            for (int i = 0; i < cells.length; i++) {
                printField(names.column(i), values.column(i));
            }
        });
        if (!batch.last()) {
            return;
        }
        if (border == 2) {
            recordLine(0, nameWidth, lines.bottom());
        }
        if (!options.tuplesOnly() && !options.footerLines().isEmpty()) {
            if (border < 2) {
                out.append('\n');
            }
            for (String footer : options.footerLines()) {
                out.append(footer).append('\n');
            }
        }
        out.append('\n');
    }

    /**
     * The value column's width: the widest value, widened to what the record lines need, and in the wrapped format
     * narrowed to the target width (never below three columns). A mark column is kept when values continue.
     */
    private void fitValueColumn(long rowCount) {
        int spacing = border == 0 ? 1 + (headerMultiLine ? 1 : 0)
                : border == 1 ? 3 + (headerMultiLine && oldAscii ? 1 : 0) : 7;
        if (dataMultiLine && border < 2 && !oldAscii) {
            spacing++;
        }
        int recordWidth = 0;
        if (!options.tuplesOnly()) {
            recordWidth = (rowCount > 0 ? Long.toString(rowCount).length() : 0) + (border == 0 ? 9 : border == 1 ? 12 : 15);
        }
        int target = options.format() == OutputFormat.WRAPPED ? options.targetWidth() : 0;
        while (true) {
            int width = Math.max(nameWidth + spacing + valueWidth, recordWidth);
            int fitted;
            if (target > 0) {
                int minimum = Math.max(nameWidth + spacing + 3, recordWidth);
                fitted = (target >= width ? width : Math.max(target, minimum)) - nameWidth - spacing;
            } else {
                fitted = width - nameWidth - spacing;
            }
            if (fitted < valueWidth && !dataMultiLine && border < 2 && !oldAscii) {
                dataMultiLine = true;
                spacing++;
                continue;
            }
            valueWidth = fitted;
            return;
        }
    }

    /** psql's print_aligned_vertical_line; record 0 is a plain rule. */
    private void recordLine(long record, int width, LineStyle.Rule rule) throws IOException {
        String h = rule.horizontal();
        if (border == 2) {
            out.append(rule.left()).append(h);
        } else if (border == 1) {
            out.append(h);
        }
        int length = 0;
        if (record > 0) {
            String label = border == 0 ? "* Record " + record : "[ RECORD " + record + " ]";
            out.append(label);
            length = label.length();
        }
        if (border != 2) {
            length++;
        }
        for (int i = length; i < width; i++) {
            out.append(border > 0 ? h : " ");
        }
        length -= width;
        if (border > 0) {
            if (length-- <= 0) {
                out.append(h);
            }
            if (length-- <= 0) {
                out.append(rule.divider());
            }
            if (length-- <= 0) {
                out.append(h);
            }
        } else if (length-- <= 0) {
            out.append(' ');
        }
        for (int i = Math.max(length, 0); i < valueWidth; i++) {
            out.append(border > 0 ? h : " ");
        }
        if (border == 2) {
            out.append(h).append(rule.right());
        }
        out.append('\n');
    }

    /** Name and value lines side by side until both are out. */
    private void printField(DisplayText name, DisplayText value) throws IOException {
        int nameLine = 0;
        int valueLine = 0;
        int offset = 0;
        boolean nameDone = false;
        boolean valueDone = false;
        int left = value.lineWidth(0);
        boolean marksAtName = headerMultiLine && !oldAscii;
        while (!nameDone || !valueDone) {
            if (border == 2) {
                out.append(lines.data().left());
            }
            if (!nameDone) {
                if (border == 2 || headerMultiLine && oldAscii) {
                    out.append(nameLine > 0 ? lines.headerNewlineLeft() : " ");
                }
                out.append(name.line(nameLine));
                out.spaces(nameWidth - name.lineWidth(nameLine));
                boolean continues = nameLine + 1 < name.lineCount();
                if (border > 0 || marksAtName) {
                    out.append(continues ? lines.headerNewlineRight() : " ");
                }
                if (continues) {
                    nameLine++;
                } else {
                    nameDone = true;
                }
            } else {
                int blank = nameWidth + border + (border < 2 && headerMultiLine && oldAscii ? 1 : 0)
                        + (border == 0 && !oldAscii && headerMultiLine ? 1 : 0);
                out.spaces(Math.max(blank, 1));
            }
            if (border > 0) {
                out.append(offset > 0 ? lines.dividerWrap() : valueLine == 0 ? lines.data().divider() : lines.dividerNewline());
            }
            if (valueDone) {
                if (border < 2) {
                    out.append('\n');
                } else {
                    out.spaces(valueWidth).append("  ").append(lines.data().right()).append('\n');
                }
                continue;
            }
            out.append(offset == 0 ? " " : lines.wrapLeft());
            String line = value.line(valueLine);
            int end = DisplayText.fit(line, offset, valueWidth, fitted);
            out.append(line, offset, end);
            left -= fitted[0];
            offset = end;
            int pad = valueWidth - fitted[0];
            boolean marks = border > 1 || dataMultiLine && !oldAscii;
            if (left != 0) {
                if (marks) {
                    out.spaces(pad).append(lines.wrapRight());
                }
            } else if (valueLine + 1 < value.lineCount()) {
                if (marks) {
                    out.spaces(pad).append(lines.newlineRight());
                }
                valueLine++;
                offset = 0;
                left = value.lineWidth(valueLine);
            } else {
                if (border > 1) {
                    out.spaces(pad).append(' ');
                }
                valueDone = true;
            }
            if (border == 2) {
                out.append(lines.data().right());
            }
            out.append('\n');
        }
    }
}
