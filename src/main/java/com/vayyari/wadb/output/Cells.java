package com.vayyari.wadb.output;

import java.util.List;

/** Values as the text formats show them. */
final class Cells {

    private Cells() {
    }

    /** A fresh array: each value, or {@code nullDisplay} for SQL NULL (psql's {@code \pset null}). */
    static String[] withNullDisplay(String[] values, String nullDisplay) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? nullDisplay : values[i];
        }
        return cells;
    }

    /**
     * As psql's printQuery fills its table: NULL as the null display, and with {@code numericlocale} the values of
     * right-aligned (numeric) columns with their digits grouped.
     */
    static String[] shown(String[] values, PrintOptions options, List<Column> columns) {
        String[] cells = withNullDisplay(values, options.nullDisplay());
        if (options.numericLocale()) {
            for (int i = 0; i < cells.length; i++) {
                if (values[i] != null && columns.get(i).rightAligned()) {
                    cells[i] = NumericLocale.grouped(values[i]);
                }
            }
        }
        return cells;
    }
}
