package com.vayyari.wadb.output;

/** The display lines of one row, or of the header, column by column (see {@link DisplayText}). */
final class ColumnLines {

    private final DisplayText[] columns;
    private int maxLines;

    ColumnLines(int columnCount) {
        columns = new DisplayText[columnCount];
        for (int i = 0; i < columnCount; i++) {
            columns[i] = DisplayText.formatter();
        }
    }

    ColumnLines format(String[] cells) {
        maxLines = 0;
        for (int i = 0; i < cells.length; i++) {
            format(i, cells[i]);
        }
        return this;
    }

    void format(int column, String cell) {
        maxLines = Math.max(maxLines, columns[column].of(cell).lineCount());
    }

    DisplayText column(int index) {
        return columns[index];
    }

    /** Lines of the tallest value formatted since the last {@link #format(String[])}. */
    int maxLines() {
        return maxLines;
    }
}
