package com.vayyari.wadb.output;

/**
 * How results are printed: psql's {@code \pset} state as one immutable value.
 *
 * @param format         the output format
 * @param expanded       psql's {@code \x}: one block per record (applies to table and unaligned)
 * @param tuplesOnly     psql's {@code -t}: no header, no footer
 * @param fieldSeparator psql's {@code -F}, for the unaligned format
 * @param nullDisplay    psql's {@code \pset null}: how NULL shows in table, expanded and unaligned output
 * @param footer         print the {@code (N rows)} footer where the format has one
 */
public record PrintOptions(OutputFormat format, boolean expanded, boolean tuplesOnly, String fieldSeparator,
                           String nullDisplay, boolean footer) {

    public static PrintOptions defaults() {
        return new PrintOptions(OutputFormat.TABLE, false, false, "|", "", true);
    }

    public PrintOptions withFormat(OutputFormat newFormat) {
        if (newFormat == OutputFormat.EXPANDED) {
            return new PrintOptions(OutputFormat.TABLE, true, tuplesOnly, fieldSeparator, nullDisplay, footer);
        }
        return new PrintOptions(newFormat, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer);
    }

    public PrintOptions withExpanded(boolean on) {
        return new PrintOptions(format, on, tuplesOnly, fieldSeparator, nullDisplay, footer);
    }

    public PrintOptions withTuplesOnly(boolean on) {
        return new PrintOptions(format, expanded, on, fieldSeparator, nullDisplay, footer);
    }

    public PrintOptions withFieldSeparator(String separator) {
        return new PrintOptions(format, expanded, tuplesOnly, separator, nullDisplay, footer);
    }

    public PrintOptions withNullDisplay(String display) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, display, footer);
    }

    public PrintOptions withFooter(boolean on) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, on);
    }
}
