package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * psql's html format ({@code -H}, {@code \pset format html}; print_html_text and print_html_vertical), byte for
 * byte: a {@code <table border="N">} with the table attributes of {@code -T}/{@code \T}, the title as its caption,
 * a header row, a row per record with numbers aligned right, and the footer in a paragraph after the table;
 * expanded, a two-column table with a {@code Record N} row before each record. Text is escaped as psql escapes it
 * (leading spaces kept as {@code &nbsp;}, line breaks as {@code <br />}); an empty or blank value is
 * {@code &nbsp; }. Streams: nothing is held.
 */
final class HtmlSink implements RowSink {

    private final PrintOptions options;
    private final TextOut out;
    private List<Column> columns;
    private long records;

    HtmlSink(PrintOptions options, Writer out) {
        this.options = options;
        this.out = new TextOut(out);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        this.columns = columns;
        out.append("<table border=\"").append(Integer.toString(options.border())).append('"');
        if (options.tableAttr() != null) {
            out.append(' ').append(options.tableAttr());
        }
        out.append(">\n");
        if (!options.tuplesOnly() && options.title() != null) {
            out.append("  <caption>");
            escaped(options.title());
            out.append("</caption>\n");
        }
        if (!options.tuplesOnly() && !options.expanded()) {
            out.append("  <tr>\n");
            for (Column column : columns) {
                out.append("    <th align=\"center\">");
                escaped(column.name());
                out.append("</th>\n");
            }
            out.append("  </tr>\n");
        }
    }

    @Override
    public void row(String[] values) throws IOException {
        records++;
        if (columns.isEmpty()) {
            return;
        }
        String[] cells = Cells.shown(values, options, columns);
        if (options.expanded()) {
            out.append(options.tuplesOnly() ? "\n  <tr><td colspan=\"2\">&nbsp;</td></tr>\n"
                    : "\n  <tr><td colspan=\"2\" align=\"center\">Record " + records + "</td></tr>\n");
            for (int i = 0; i < cells.length; i++) {
                out.append("  <tr valign=\"top\">\n    <th>");
                escaped(columns.get(i).name());
                out.append("</th>\n");
                cell(i, cells[i]);
                out.append("</td>\n  </tr>\n");
            }
            return;
        }
        out.append("  <tr valign=\"top\">\n");
        for (int i = 0; i < cells.length; i++) {
            cell(i, cells[i]);
            out.append("</td>\n");
        }
        out.append("  </tr>\n");
    }

    private void cell(int column, String value) throws IOException {
        out.append(columns.get(column).rightAligned() ? "    <td align=\"right\">" : "    <td align=\"left\">");
        if (value.chars().allMatch(c -> c == ' ' || c == '\t')) {
            out.append("&nbsp; ");
        } else {
            escaped(value);
        }
    }

    @Override
    public void end(long rowCount) throws IOException {
        out.append("</table>\n");
        List<String> footers = options.footerLines();
        boolean defaultFooter = footers.isEmpty() && options.footer() && !options.expanded();
        if (!options.tuplesOnly() && (!footers.isEmpty() || defaultFooter)) {
            out.append("<p>");
            if (defaultFooter) {
                out.rowCount(rowCount);
                out.append("<br />\n");
            }
            for (String footer : footers) {
                escaped(footer);
                out.append("<br />\n");
            }
            out.append("</p>");
        }
        out.append('\n');
        out.flush();
    }

    /** psql's html_escaped_print. */
    private void escaped(String text) throws IOException {
        boolean leadingSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br />\n");
                case '"' -> out.append("&quot;");
                case ' ' -> out.append(leadingSpace ? "&nbsp;" : " ");
                default -> out.append(c);
            }
            leadingSpace &= c == ' ';
        }
    }
}
