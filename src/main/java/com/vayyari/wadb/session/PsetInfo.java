package com.vayyari.wadb.session;

import com.vayyari.wadb.output.PrintOptions;
import java.util.List;

/**
 * What psql's {@code \pset} says: the line for one option after it is set (printPsetInfo in command.c) and, for
 * {@code \pset} alone, every option with its value in a form {@code \pset} reads back (pset_value_string).
 */
public final class PsetInfo {

    /** psql's list, in its order. */
    private static final List<String> LISTED = List.of("border", "columns", "csv_fieldsep", "expanded", "fieldsep",
            "fieldsep_zero", "footer", "format", "linestyle", "null", "numericlocale", "pager", "pager_min_lines",
            "recordsep", "recordsep_zero", "tableattr", "title", "tuples_only", "unicode_border_linestyle",
            "unicode_column_linestyle", "unicode_header_linestyle");

    private PsetInfo() {
    }

    /** The option names {@code \\pset} knows, for completion. */
    public static List<String> names() {
        return LISTED;
    }

    /** The values completion offers for an option, as psql's tab-complete.c does; none for free text or numbers. */
    public static List<String> values(String name) {
        return switch (name) {
            case "format" -> List.of("aligned", "asciidoc", "csv", "html", "latex", "latex-longtable", "troff-ms",
                    "unaligned", "wrapped");
            case "linestyle" -> List.of("ascii", "old-ascii", "unicode");
            case "unicode_border_linestyle", "unicode_column_linestyle", "unicode_header_linestyle" ->
                    List.of("single", "double");
            case "expanded", "x", "vertical" -> List.of("on", "off", "auto");
            case "pager" -> List.of("on", "off", "always");
            case "fieldsep_zero", "footer", "numericlocale", "recordsep_zero", "tuples_only", "t" -> List.of("on", "off");
            default -> List.of();
        };
    }

    /** The line {@code \pset name} prints, without its newline; the name has been checked by do_pset. */
    public static String of(String name, PrintOptions print, Interaction interaction) {
        return switch (name) {
            case "border" -> "Border style is " + print.border() + ".";
            case "columns" -> print.columns() == 0 ? "Target width is unset." : "Target width is " + print.columns() + ".";
            case "x", "expanded", "vertical" -> print.expanded() ? "Expanded display is on."
                    : print.expandedAuto() ? "Expanded display is used automatically." : "Expanded display is off.";
            case "csv_fieldsep" -> "Field separator for CSV is \"" + print.csvFieldSeparator() + "\".";
            case "fieldsep" -> print.fieldSeparator().equals("\0") ? "Field separator is zero byte."
                    : "Field separator is \"" + print.fieldSeparator() + "\".";
            case "fieldsep_zero" -> "Field separator is zero byte.";
            case "footer" -> print.footer() ? "Default footer is on." : "Default footer is off.";
            case "format" -> "Output format is " + print.format().psqlName() + ".";
            case "linestyle" -> "Line style is " + print.lineStyle().label() + ".";
            case "null" -> "Null display is \"" + print.nullDisplay() + "\".";
            case "numericlocale" -> print.numericLocale() ? "Locale-adjusted numeric output is on."
                    : "Locale-adjusted numeric output is off.";
            case "pager" -> interaction.pagerMode() == 1 ? "Pager is used for long output."
                    : interaction.pagerMode() == 2 ? "Pager is always used." : "Pager usage is off.";
            case "pager_min_lines" -> "Pager won't be used for less than " + print.pagerMinLines()
                    + (print.pagerMinLines() == 1 ? " line." : " lines.");
            case "recordsep" -> print.recordSeparator().equals("\0") ? "Record separator is zero byte."
                    : print.recordSeparator().equals("\n") ? "Record separator is <newline>."
                    : "Record separator is \"" + print.recordSeparator() + "\".";
            case "recordsep_zero" -> "Record separator is zero byte.";
            case "T", "tableattr" -> print.tableAttr() == null ? "Table attributes unset."
                    : "Table attributes are \"" + print.tableAttr() + "\".";
            case "C", "title" -> print.title() == null ? "Title is unset." : "Title is \"" + print.title() + "\".";
            case "t", "tuples_only" -> print.tuplesOnly() ? "Tuples only is on." : "Tuples only is off.";
            case "unicode_border_linestyle" -> "Unicode border line style is \"" + stroke(print.unicodeBorderDouble()) + "\".";
            case "unicode_column_linestyle" -> "Unicode column line style is \"" + stroke(print.unicodeColumnDouble()) + "\".";
            case "unicode_header_linestyle" -> "Unicode header line style is \"" + stroke(print.unicodeHeaderDouble()) + "\".";
            default -> throw new IllegalArgumentException("no \\pset option " + name);
        };
    }

    /** {@code \pset} alone: each option's name, padded to 24, and its value. */
    public static String listing(PrintOptions print, Interaction interaction) {
        StringBuilder text = new StringBuilder();
        for (String name : LISTED) {
            text.append(name).append(" ".repeat(Math.max(1, 25 - name.length()))).append(value(name, print, interaction))
                    .append('\n');
        }
        return text.toString();
    }

    private static String value(String name, PrintOptions print, Interaction interaction) {
        boolean fieldZero = print.fieldSeparator().equals("\0");
        boolean recordZero = print.recordSeparator().equals("\0");
        return switch (name) {
            case "border" -> Integer.toString(print.border());
            case "columns" -> Integer.toString(print.columns());
            case "csv_fieldsep" -> quoted(String.valueOf(print.csvFieldSeparator()));
            case "expanded" -> print.expandedAuto() ? "auto" : onOff(print.expanded());
            case "fieldsep" -> quoted(fieldZero ? "" : print.fieldSeparator());
            case "fieldsep_zero" -> onOff(fieldZero);
            case "footer" -> onOff(print.footer());
            case "format" -> print.format().psqlName();
            case "linestyle" -> print.lineStyle().label();
            case "null" -> quoted(print.nullDisplay());
            case "numericlocale" -> onOff(print.numericLocale());
            case "pager" -> Integer.toString(interaction.pagerMode());
            case "pager_min_lines" -> Integer.toString(print.pagerMinLines());
            case "recordsep" -> quoted(recordZero ? "" : print.recordSeparator());
            case "recordsep_zero" -> onOff(recordZero);
            case "tableattr" -> print.tableAttr() == null ? "" : quoted(print.tableAttr());
            case "title" -> print.title() == null ? "" : quoted(print.title());
            case "tuples_only" -> onOff(print.tuplesOnly());
            case "unicode_border_linestyle" -> stroke(print.unicodeBorderDouble());
            case "unicode_column_linestyle" -> stroke(print.unicodeColumnDouble());
            default -> stroke(print.unicodeHeaderDouble());
        };
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String stroke(boolean isDouble) {
        return isDouble ? "double" : "single";
    }

    /** psql's pset_quoted_string: in single quotes, a newline as \n and a quote as \'. */
    private static String quoted(String text) {
        return "'" + text.replace("\n", "\\n").replace("'", "\\'") + "'";
    }
}
