package com.vayyari.wadb.output;

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
}
