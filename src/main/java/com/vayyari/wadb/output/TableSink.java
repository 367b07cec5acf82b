package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * psql's aligned and wrapped formats ({@code print_aligned_text}), byte for byte at borders 0, 1 and 2 in every
 * line style: centred headers, numbers right-aligned, a mark where a value goes on at a line break (or, wrapped,
 * where it was cut to fit the target width), the last column padded only where a mark follows, the footer and an
 * empty line. With {@code \x auto}, a result wider than the target width is printed expanded instead.
 *
 * <p>Widths come from every row, so rows are held until the end (see {@link HeldRowsSink}).
 */
final class TableSink extends HeldRowsSink {

    private static final int NONE = 0;
    private static final int WRAP = 1;
    private static final int NEWLINE = 2;

    private final VerticalPrinter.Batch batch;
    private final LineStyle lines;
    private final int border;
    private final int[] fitted = new int[1];
    private List<Column> columns;
    private ColumnStats stats;
    private int[] widths;

    TableSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory) {
        this(options, out, memoryBudget, spillDirectory, VerticalPrinter.Batch.WHOLE);
    }

    /** One batch of a FETCH_COUNT table: only the first prints the header, only the last the footer. */
    TableSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory, VerticalPrinter.Batch batch) {
        super(options, out, memoryBudget, spillDirectory);
        this.batch = batch;
        this.lines = options.lines();
        this.border = clampedBorder(options.border());
    }

    /** psql draws borders 0 to 2; anything above (or a negative number, which it reads unsigned) is 2. */
    static int clampedBorder(int border) {
        return border < 0 || border > 2 ? 2 : border;
    }

    @Override
    void begin(List<Column> resultColumns) {
        columns = List.copyOf(resultColumns);
        stats = new ColumnStats(columns);
    }

    @Override
    void measure(String[] cells) {
        stats.add(cells);
    }

    @Override
    void print(long rowCount, RowStore rows) throws IOException {
        int n = columns.size();
        int frame = border == 0 ? n : border == 1 ? 3 * n - (n > 0 ? 1 : 0) : 3 * n + 1;
        int headerTotal = frame;
        int total = frame;
        widths = stats.maxWidth.clone();
        for (int i = 0; i < n; i++) {
            headerTotal += stats.headerWidth[i];
            total += widths[i];
        }
        int target = options.targetWidth();
        if (options.format() == OutputFormat.WRAPPED && target > 0 && target >= headerTotal) {
            total = shrink(total, target);
        }
        if (options.expandedAuto() && target > 0 && n > 1 && (target < headerTotal || target < total)) {
            new VerticalPrinter(options, out, stats, batch).print(columns, rowCount, rows);
            return;
        }
        if (batch.first() && !options.tuplesOnly()) {
            printTitle(total);
            printHeader();
        }
        ColumnLines cells = new ColumnLines(n);
        rows.replay(values -> printRow(cells.format(values)));
        if (!batch.last()) {
            return;
        }
        if (border == 2) {
            rule(lines.bottom());
        }
        if (!options.tuplesOnly() && !options.footerLines().isEmpty()) {
            for (String footer : options.footerLines()) {
                out.append(footer).append('\n');
            }
        } else if (!options.tuplesOnly() && options.footer()) {
            out.rowCount(batch.priorRecords() + rowCount).append('\n');
        }
        out.append('\n');
    }

    /**
     * Wrapped: narrows, one column at a time, the column whose widest value is furthest above its average (with a
     * slight bias against wide ones), never below its header, until the table fits or nothing can give.
     */
    private int shrink(int total, int target) {
        while (total > target) {
            double worstRatio = 0;
            int worst = -1;
            for (int i = 0; i < widths.length; i++) {
                int average = stats.averageWidth(i);
                if (average != 0 && widths[i] > stats.headerWidth[i]) {
                    double ratio = (double) widths[i] / average + stats.maxWidth[i] * 0.01;
                    if (ratio > worstRatio) {
                        worstRatio = ratio;
                        worst = i;
                    }
                }
            }
            if (worst < 0) {
                break;
            }
            widths[worst]--;
            total--;
        }
        return total;
    }

    /** psql centres the title over the whole table, or starts it at the left edge when it is as wide or wider. */
    private void printTitle(int total) throws IOException {
        if (options.title() == null) {
            return;
        }
        int titleWidth = DisplayText.measurer().of(options.title()).width();
        if (titleWidth < total) {
            out.spaces((total - titleWidth) / 2);
        }
        out.append(options.title()).append('\n');
    }

    private void printHeader() throws IOException {
        int n = columns.size();
        if (border == 2) {
            rule(lines.top());
        }
        ColumnLines header = new ColumnLines(n);
        for (int i = 0; i < n; i++) {
            header.format(i, columns.get(i).name());
        }
        for (int line = 0; line < header.maxLines(); line++) {
            if (border == 2) {
                out.append(lines.data().left());
            }
            for (int i = 0; i < n; i++) {
                DisplayText text = header.column(i);
                if (border != 0 || !lines.wrapRightBorder() && i > 0) {
                    out.append(line > 0 ? lines.headerNewlineLeft() : " ");
                }
                boolean printing = line < text.lineCount();
                if (printing) {
                    int space = widths[i] - text.lineWidth(line);
                    out.spaces(space / 2).append(text.line(line)).spaces((space + 1) / 2);
                } else {
                    out.spaces(widths[i]);
                }
                if (border != 0 || lines.wrapRightBorder()) {
                    out.append(printing && line + 1 < text.lineCount() ? lines.headerNewlineRight() : " ");
                }
                if (border != 0 && i < n - 1) {
                    out.append(lines.data().divider());
                }
            }
            if (border == 2) {
                out.append(lines.data().right());
            }
            out.append('\n');
        }
        rule(lines.middle());
    }

    /** A horizontal line across the table (psql's _print_horizontal_line). */
    private void rule(LineStyle.Rule rule) throws IOException {
        int n = widths.length;
        String h = rule.horizontal();
        if (border == 1) {
            out.append(h);
        } else if (border == 2) {
            out.append(rule.left()).append(h);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < widths[i]; j++) {
                out.append(h);
            }
            if (i < n - 1) {
                if (border == 0) {
                    out.append(' ');
                } else {
                    out.append(h).append(rule.divider()).append(h);
                }
            }
        }
        if (border == 2) {
            out.append(h).append(rule.right());
        } else if (border == 1) {
            out.append(h);
        }
        out.append('\n');
    }

    /**
     * One row as display lines: each column prints its value's next line, or the next piece of it when the line is
     * wider than the column; a column out of lines shows blank. Marks say why a value goes on.
     */
    private void printRow(ColumnLines cells) throws IOException {
        int n = widths.length;
        int[] lineOf = new int[n];
        int[] offset = new int[n];
        int[] mark = new int[n];
        boolean more;
        do {
            more = false;
            if (border == 2) {
                out.append(lines.data().left());
            }
            for (int j = 0; j < n; j++) {
                DisplayText text = cells.column(j);
                boolean right = stats.rightAligned[j];
                boolean finalSpaces = border == 2 || j < n - 1;
                int used = widths[j];
                if (border != 0) {
                    out.append(mark[j] == WRAP ? lines.wrapLeft() : mark[j] == NEWLINE ? lines.newlineLeft() : " ");
                }
                if (lineOf[j] >= text.lineCount()) {
                    if (finalSpaces) {
                        out.spaces(widths[j]);
                    }
                } else {
                    String line = text.line(lineOf[j]);
                    int end = DisplayText.fit(line, offset[j], widths[j], fitted);
                    used = Math.min(fitted[0], widths[j]);
                    if (right) {
                        out.spaces(widths[j] - used);
                    }
                    out.append(line, offset[j], end);
                    offset[j] = end;
                    if (end < line.length()) {
                        more = true;
                    } else {
                        lineOf[j]++;
                        offset[j] = 0;
                        more |= lineOf[j] < text.lineCount();
                    }
                }
                mark[j] = lineOf[j] >= text.lineCount() ? NONE : offset[j] != 0 ? WRAP : lineOf[j] != 0 ? NEWLINE : NONE;
                if (!right && (finalSpaces || mark[j] != NONE)) {
                    out.spaces(widths[j] - used);
                }
                if (mark[j] == WRAP) {
                    out.append(lines.wrapRight());
                } else if (mark[j] == NEWLINE) {
                    out.append(lines.newlineRight());
                } else if (finalSpaces) {
                    out.append(' ');
                }
                if (border != 0 && j < n - 1) {
                    out.append(mark[j + 1] == WRAP ? lines.dividerWrap() : mark[j + 1] == NEWLINE ? lines.dividerNewline()
                            : lineOf[j + 1] >= cells.column(j + 1).lineCount() ? lines.dividerBlank()
                            : lines.data().divider());
                }
            }
            if (border == 2) {
                out.append(lines.data().right());
            }
            out.append('\n');
        } while (more);
    }
}
