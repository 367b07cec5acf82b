package com.vayyari.wadb.output;

import java.util.List;

/**
 * What the aligned writer learns about a result before printing it (psql's first pass in print_aligned_text and
 * print_aligned_vertical): per column the widths of the header and of the widest value, the sum of the value widths
 * (for wrapped's average) and the most lines any value has.
 */
final class ColumnStats {

    private final DisplayText measure = DisplayText.measurer();
    final int columnCount;
    final int[] headerWidth;
    final int[] maxWidth;
    final long[] widthSum;
    private int valueWidth;
    final boolean[] rightAligned;
    private boolean headerMultiLine;
    private boolean dataMultiLine;
    private long rows;

    ColumnStats(List<Column> columns) {
        columnCount = columns.size();
        headerWidth = new int[columnCount];
        maxWidth = new int[columnCount];
        widthSum = new long[columnCount];
        rightAligned = new boolean[columnCount];
        for (int i = 0; i < columnCount; i++) {
            measure.of(columns.get(i).name());
            headerWidth[i] = measure.width();
            maxWidth[i] = measure.width();
            headerMultiLine |= measure.lineCount() > 1;
            rightAligned[i] = columns.get(i).rightAligned();
        }
    }

    void add(String[] cells) {
        rows++;
        for (int i = 0; i < cells.length; i++) {
            measure.of(cells[i]);
            maxWidth[i] = Math.max(maxWidth[i], measure.width());
            widthSum[i] += measure.width();
            valueWidth = Math.max(valueWidth, measure.width());
            dataMultiLine |= measure.lineCount() > 1;
        }
    }

    /** psql's width_average: the mean value width, rounded down; 0 without rows. */
    int averageWidth(int column) {
        return rows == 0 ? 0 : (int) (widthSum[column] / rows);
    }

    /** The widest header: the name column of expanded output. */
    int nameWidth() {
        int width = 0;
        for (int w : headerWidth) {
            width = Math.max(width, w);
        }
        return width;
    }

    /** The widest value of any column: the value column of expanded output. */
    int valueWidth() {
        return valueWidth;
    }

    boolean headerMultiLine() {
        return headerMultiLine;
    }

    boolean dataMultiLine() {
        return dataMultiLine;
    }
}
