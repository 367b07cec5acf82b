package com.vayyari.wadb.output;

import java.util.List;
import java.util.function.Consumer;

/**
 * How results are printed: psql's {@code \pset} state as one immutable value.
 *
 * @param format          the output format
 * @param expanded        psql's {@code \x on}: one block per record
 * @param expandedAuto    psql's {@code \x auto}: aligned output turns expanded when it would be wider than the
 *                        target width ({@link #columns} or the terminal's); never with {@link #expanded}
 * @param tuplesOnly      psql's {@code -t}: no header, no footer
 * @param fieldSeparator  psql's {@code -F}, for the unaligned format ({@code "\0"} for {@code -z})
 * @param nullDisplay     psql's {@code \pset null}: how NULL shows in the text formats
 * @param footer          print the {@code (N rows)} footer where the format has one
 * @param title           a title above the table ({@code \pset title}, {@code \C}, the describe commands), or null
 * @param footerLines     lines printed after the rows instead of {@code (N rows)} (the describe commands' lists
 *                        of indexes and keys); empty for the default footer
 * @param fetchCount      psql's FETCH_COUNT: 0 sizes the table over the whole result; N prints it N rows at a
 *                        time, each batch sized alone (column widths may change between batches, as in psql)
 * @param recordSeparator psql's {@code -R}, between the lines of the unaligned format ({@code "\0"} for {@code -0})
 * @param tableAttr       psql's {@code -T}/{@code \T}: attributes of the html table (and latex column spec), or null
 * @param border          psql's {@code \pset border}: as given; each writer clamps it to what it draws
 * @param lineStyle       psql's {@code \pset linestyle}
 * @param unicodeBorderDouble {@code unicode_border_linestyle double}
 * @param unicodeColumnDouble {@code unicode_column_linestyle double}
 * @param unicodeHeaderDouble {@code unicode_header_linestyle double}
 * @param columns         psql's {@code \pset columns}: the target width of wrapped and {@code \x auto}; 0 for unset
 * @param terminalColumns the terminal's width when results go to it (psql asks the tty), else 0
 * @param numericLocale   psql's {@code \pset numericlocale}: digits of numbers grouped by the locale's separator
 * @param csvFieldSeparator psql's {@code \pset csv_fieldsep}, one character
 * @param pagerMinLines   psql's {@code \pset pager_min_lines}
 */
public record PrintOptions(OutputFormat format, boolean expanded, boolean expandedAuto, boolean tuplesOnly,
                           String fieldSeparator, String nullDisplay, boolean footer, String title,
                           List<String> footerLines, int fetchCount, String recordSeparator, String tableAttr,
                           int border, LineStyle.Kind lineStyle, boolean unicodeBorderDouble,
                           boolean unicodeColumnDouble, boolean unicodeHeaderDouble, int columns,
                           int terminalColumns, boolean numericLocale, char csvFieldSeparator, int pagerMinLines) {

    public PrintOptions {
        footerLines = List.copyOf(footerLines);
    }

    public static PrintOptions defaults() {
        return new PrintOptions(OutputFormat.TABLE, false, false, false, "|", "", true, null, List.of(), 0, "\n",
                null, 1, LineStyle.Kind.ASCII, false, false, false, 0, 0, false, ',', 0);
    }

    /** The options as one mutable set of fields, changed by {@code change} and frozen again. */
    public PrintOptions with(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** The box characters of {@link #lineStyle}. */
    public LineStyle lines() {
        return switch (lineStyle) {
            case ASCII -> LineStyle.ASCII;
            case OLD_ASCII -> LineStyle.OLD_ASCII;
            case UNICODE -> LineStyle.unicode(unicodeBorderDouble, unicodeColumnDouble, unicodeHeaderDouble);
        };
    }

    /** The width {@code wrapped} and {@code \x auto} fit into: {@code \pset columns}, else the terminal's; 0 for none. */
    public int targetWidth() {
        return columns > 0 ? columns : terminalColumns;
    }

    public PrintOptions withFormat(OutputFormat newFormat) {
        if (newFormat == OutputFormat.EXPANDED) {
            return with(b -> {
                b.format = OutputFormat.TABLE;
                b.expanded = true;
                b.expandedAuto = false;
            });
        }
        return with(b -> b.format = newFormat);
    }

    public PrintOptions withExpanded(boolean on) {
        return with(b -> {
            b.expanded = on;
            b.expandedAuto = false;
        });
    }

    public PrintOptions withTuplesOnly(boolean on) {
        return with(b -> b.tuplesOnly = on);
    }

    public PrintOptions withFieldSeparator(String separator) {
        return with(b -> b.fieldSeparator = separator);
    }

    public PrintOptions withNullDisplay(String display) {
        return with(b -> b.nullDisplay = display);
    }

    public PrintOptions withFooter(boolean on) {
        return with(b -> b.footer = on);
    }

    /** A title above the table and the lines that replace the row-count footer (psql's describe output). */
    public PrintOptions withTitle(String newTitle, List<String> newFooterLines) {
        return with(b -> {
            b.title = newTitle;
            b.footerLines = newFooterLines;
        });
    }

    /** psql's {@code \\set FETCH_COUNT n}: 0 for off. */
    public PrintOptions withFetchCount(int rows) {
        return with(b -> b.fetchCount = rows);
    }

    public PrintOptions withRecordSeparator(String separator) {
        return with(b -> b.recordSeparator = separator);
    }

    public PrintOptions withTableAttr(String attributes) {
        return with(b -> b.tableAttr = attributes);
    }

    /** A command tag as psql prints it (PrintQueryStatus): in a paragraph in the html format, else a line. */
    public String statusLine(String tag) {
        return format == OutputFormat.HTML ? "<p>" + tag + "</p>\n" : tag + "\n";
    }

    /** The fields of {@link PrintOptions}, open for change inside {@link #with}. */
    public static final class Builder {
        public OutputFormat format;
        public boolean expanded;
        public boolean expandedAuto;
        public boolean tuplesOnly;
        public String fieldSeparator;
        public String nullDisplay;
        public boolean footer;
        public String title;
        public List<String> footerLines;
        public int fetchCount;
        public String recordSeparator;
        public String tableAttr;
        public int border;
        public LineStyle.Kind lineStyle;
        public boolean unicodeBorderDouble;
        public boolean unicodeColumnDouble;
        public boolean unicodeHeaderDouble;
        public int columns;
        public int terminalColumns;
        public boolean numericLocale;
        public char csvFieldSeparator;
        public int pagerMinLines;

        private Builder(PrintOptions o) {
            format = o.format;
            expanded = o.expanded;
            expandedAuto = o.expandedAuto;
            tuplesOnly = o.tuplesOnly;
            fieldSeparator = o.fieldSeparator;
            nullDisplay = o.nullDisplay;
            footer = o.footer;
            title = o.title;
            footerLines = o.footerLines;
            fetchCount = o.fetchCount;
            recordSeparator = o.recordSeparator;
            tableAttr = o.tableAttr;
            border = o.border;
            lineStyle = o.lineStyle;
            unicodeBorderDouble = o.unicodeBorderDouble;
            unicodeColumnDouble = o.unicodeColumnDouble;
            unicodeHeaderDouble = o.unicodeHeaderDouble;
            columns = o.columns;
            terminalColumns = o.terminalColumns;
            numericLocale = o.numericLocale;
            csvFieldSeparator = o.csvFieldSeparator;
            pagerMinLines = o.pagerMinLines;
        }

        private PrintOptions build() {
            return new PrintOptions(format, expanded, expandedAuto, tuplesOnly, fieldSeparator, nullDisplay, footer,
                    title, footerLines, fetchCount, recordSeparator, tableAttr, border, lineStyle,
                    unicodeBorderDouble, unicodeColumnDouble, unicodeHeaderDouble, columns, terminalColumns,
                    numericLocale, csvFieldSeparator, pagerMinLines);
        }
    }
}
