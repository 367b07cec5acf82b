package com.vayyari.wadb.output;

import java.util.List;

/**
 * How results are printed: psql's {@code \pset} state as one immutable value.
 *
 * @param format         the output format
 * @param expanded       psql's {@code \x}: one block per record (applies to table and unaligned)
 * @param tuplesOnly     psql's {@code -t}: no header, no footer
 * @param fieldSeparator psql's {@code -F}, for the unaligned format ({@code "\0"} for {@code -z})
 * @param nullDisplay    psql's {@code \pset null}: how NULL shows in table, expanded and unaligned output
 * @param footer         print the {@code (N rows)} footer where the format has one
 * @param title          a title centred above the table ({@code \pset title}, the describe commands), or null
 * @param footerLines    lines printed after the rows instead of {@code (N rows)} (the describe commands' lists
 *                       of indexes and keys); empty for the default footer
 * @param fetchCount     psql's FETCH_COUNT: 0 sizes the table over the whole result; N prints it N rows at a
 *                       time, each batch sized alone (column widths may change between batches, as in psql)
 * @param recordSeparator psql's {@code -R}, between the lines of the unaligned format ({@code "\0"} for {@code -0})
 * @param tableAttr      psql's {@code -T}/{@code \T}: attributes of the html format's {@code <table>}, or null
 */
public record PrintOptions(OutputFormat format, boolean expanded, boolean tuplesOnly, String fieldSeparator,
                           String nullDisplay, boolean footer, String title, List<String> footerLines,
                           int fetchCount, String recordSeparator, String tableAttr) {

    public PrintOptions {
        footerLines = List.copyOf(footerLines);
    }

    public static PrintOptions defaults() {
        return new PrintOptions(OutputFormat.TABLE, false, false, "|", "", true, null, List.of(), 0, "\n", null);
    }

    public PrintOptions withFormat(OutputFormat newFormat) {
        if (newFormat == OutputFormat.EXPANDED) {
            return new PrintOptions(OutputFormat.TABLE, true, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
        }
        return new PrintOptions(newFormat, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    public PrintOptions withExpanded(boolean on) {
        return new PrintOptions(format, on, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    public PrintOptions withTuplesOnly(boolean on) {
        return new PrintOptions(format, expanded, on, fieldSeparator, nullDisplay, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    public PrintOptions withFieldSeparator(String separator) {
        return new PrintOptions(format, expanded, tuplesOnly, separator, nullDisplay, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    public PrintOptions withNullDisplay(String display) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, display, footer, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    public PrintOptions withFooter(boolean on) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, on, title, footerLines, fetchCount, recordSeparator, tableAttr);
    }

    /** A title above the table and the lines that replace the row-count footer (psql's describe output). */
    public PrintOptions withTitle(String newTitle, List<String> newFooterLines) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer, newTitle, newFooterLines, fetchCount,
                recordSeparator, tableAttr);
    }

    /** psql's {@code \\set FETCH_COUNT n}: 0 for off. */
    public PrintOptions withFetchCount(int rows) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines, rows, recordSeparator, tableAttr);
    }

    public PrintOptions withRecordSeparator(String separator) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines,
                fetchCount, separator, tableAttr);
    }

    public PrintOptions withTableAttr(String attributes) {
        return new PrintOptions(format, expanded, tuplesOnly, fieldSeparator, nullDisplay, footer, title, footerLines,
                fetchCount, recordSeparator, attributes);
    }

    /** A command tag as psql prints it (PrintQueryStatus): in a paragraph in the html format, else a line. */
    public String statusLine(String tag) {
        return format == OutputFormat.HTML ? "<p>" + tag + "</p>\n" : tag + "\n";
    }
}
