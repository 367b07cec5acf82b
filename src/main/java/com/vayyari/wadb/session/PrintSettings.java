package com.vayyari.wadb.session;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.LineStyle;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * psql's {@code \pset NAME [VALUE]} as do_pset in command.c applies it, for the three doors that set print options:
 * {@code \pset}, {@code -P NAME=VALUE} and {@code \g (NAME=VALUE ...)}. A bad name or value fails with psql's
 * message; what {@code \pset} then says is {@link PsetInfo}'s.
 */
public final class PrintSettings {

    /** psql's own formats, in the order its abbreviations are tried. */
    private static final List<OutputFormat> PSQL_FORMATS = List.of(OutputFormat.TABLE, OutputFormat.ASCIIDOC,
            OutputFormat.PSQL_CSV, OutputFormat.HTML, OutputFormat.LATEX, OutputFormat.TROFF_MS, OutputFormat.UNALIGNED,
            OutputFormat.WRAPPED);

    private PrintSettings() {
    }

    /** psql's {@code -P NAME=VALUE}: silently, before any input; a bad one ends wadb with exit code 1. */
    public static void apply(Session session, List<String> settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            String name = equals < 0 ? setting : setting.substring(0, equals);
            String value = equals < 0 ? null : setting.substring(equals + 1);
            try {
                session.print(applied(session, session.print(), name, value));
            } catch (WadbException e) {
                session.err().println("wadb: error: " + e.getMessage());
                throw WadbException.usage("error: could not set printing parameter \"" + name + "\"");
            }
        }
    }

    /**
     * {@code print} with {@code \pset name value} applied ({@code value} null when none was given: a toggle for
     * the on/off options, no change for most others). Without a session (the options of one {@code \g}) the
     * pager setting is only checked.
     *
     * @throws WadbException with psql's message for an unknown name or a value the option refuses
     */
    public static PrintOptions applied(Session session, PrintOptions print, String name, String given) {
        // psql's values are C strings: a zero byte ('\0' in quotes) ends one.
        String value = given == null || given.indexOf('\0') < 0 ? given : given.substring(0, given.indexOf('\0'));
        return switch (name) {
            case "format" -> value == null ? print : print.withFormat(format(value));
            case "linestyle" -> value == null ? print : print.with(b -> b.lineStyle = lineStyle(value));
            case "unicode_border_linestyle" -> value == null ? print
                    : print.with(b -> b.unicodeBorderDouble = isDouble(value, "border"));
            case "unicode_column_linestyle" -> value == null ? print
                    : print.with(b -> b.unicodeColumnDouble = isDouble(value, "column"));
            case "unicode_header_linestyle" -> value == null ? print
                    : print.with(b -> b.unicodeHeaderDouble = isDouble(value, "header"));
            case "border" -> value == null ? print : print.with(b -> b.border = atoi(value) & 0xFFFF);  // psql's unsigned short
            case "columns" -> value == null ? print : print.with(b -> b.columns = atoi(value));
            case "pager_min_lines" -> value == null ? print : print.with(b -> b.pagerMinLines = atoi(value));
            case "x", "expanded", "vertical" -> expanded(print, name, value);
            case "csv_fieldsep" -> value == null ? print : print.with(b -> b.csvFieldSeparator = csvSeparator(value));
            case "numericlocale" -> print.with(b -> b.numericLocale = bool(value, name, print.numericLocale()));
            case "null" -> value == null ? print : print.withNullDisplay(value);
            case "fieldsep" -> value == null ? print : print.withFieldSeparator(value);
            case "fieldsep_zero" -> print.withFieldSeparator("\0");
            case "recordsep" -> value == null ? print : print.withRecordSeparator(value);
            case "recordsep_zero" -> print.withRecordSeparator("\0");
            case "t", "tuples_only" -> print.withTuplesOnly(bool(value, name, print.tuplesOnly()));
            case "C", "title" -> print.with(b -> b.title = value);
            case "T", "tableattr" -> print.withTableAttr(value);
            case "footer" -> print.withFooter(bool(value, name, print.footer()));
            case "pager" -> {
                int mode = pagerMode(session == null ? 1 : session.interaction().pagerMode(), value);
                if (session != null) {
                    session.interaction().pagerMode(mode);
                }
                yield print;
            }
            default -> throw WadbException.command("\\pset: unknown option: " + name);
        };
    }

    /**
     * Whether {@code \pset name value} says what it set: psql's do_pset returns before printPsetInfo when an on/off
     * option is given a value.
     */
    public static boolean reports(String name, String value) {
        return value == null || !List.of("numericlocale", "t", "tuples_only", "footer").contains(name);
    }

    /** psql's abbreviations of its formats (two matches are ambiguous), then wadb's own formats by full name. */
    static OutputFormat format(String value) {
        OutputFormat match = null;
        for (OutputFormat format : PSQL_FORMATS) {
            if (isPrefix(value, format.psqlName())) {
                if (match != null) {
                    throw WadbException.command("\\pset: ambiguous abbreviation \"" + value + "\" matches both \""
                            + match.psqlName() + "\" and \"" + format.psqlName() + "\"");
                }
                match = format;
            }
        }
        if (match != null) {
            return match;
        }
        if (isPrefix(value, "latex-longtable")) {
            return OutputFormat.LATEX_LONGTABLE;
        }
        try {
            return OutputFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw WadbException.command("\\pset: allowed formats are aligned, asciidoc, csv, html, latex, "
                    + "latex-longtable, troff-ms, unaligned, wrapped");
        }
    }

    private static LineStyle.Kind lineStyle(String value) {
        for (LineStyle.Kind kind : LineStyle.Kind.values()) {
            if (isPrefix(value, kind.label())) {
                return kind;
            }
        }
        throw WadbException.command("\\pset: allowed line styles are ascii, old-ascii, unicode");
    }

    private static boolean isDouble(String value, String part) {
        if (isPrefix(value, "single")) {
            return false;
        }
        if (isPrefix(value, "double")) {
            return true;
        }
        throw WadbException.command("\\pset: allowed Unicode " + part + " line styles are single, double");
    }

    private static PrintOptions expanded(PrintOptions print, String name, String value) {
        if (value == null) {
            return print.withExpanded(!print.expanded() && !print.expandedAuto());
        }
        if (value.equalsIgnoreCase("auto")) {
            return print.with(b -> {
                b.expanded = false;
                b.expandedAuto = true;
            });
        }
        boolean on = Variables.parseBoolean(value).orElseThrow(() -> WadbException.command("unrecognized value \""
                + value + "\" for \"" + name + "\"\nAvailable values are: on, off, auto."));
        return print.withExpanded(on);
    }

    private static char csvSeparator(String value) {
        if (value.getBytes(StandardCharsets.UTF_8).length != 1) {
            throw WadbException.command("\\pset: csv_fieldsep must be a single one-byte character");
        }
        char c = value.charAt(0);
        if (c == '"' || c == '\n' || c == '\r') {
            throw WadbException.command("\\pset: csv_fieldsep cannot be a double quote, a newline, or a carriage return");
        }
        return c;
    }

    private static int pagerMode(int current, String value) {
        if (value == null) {
            return current == 1 ? 0 : 1;
        }
        if (value.equalsIgnoreCase("always")) {
            return 2;
        }
        boolean on = Variables.parseBoolean(value).orElseThrow(() -> WadbException.command("unrecognized value \""
                + value + "\" for \"pager\"\nAvailable values are: on, off, always."));
        return on ? 1 : 0;
    }

    /** psql's ParseVariableBool for an option; no value toggles {@code current}. */
    private static boolean bool(String value, String name, boolean current) {
        if (value == null) {
            return !current;
        }
        return Variables.parseBoolean(value).orElseThrow(() -> WadbException.command(
                "unrecognized value \"" + value + "\" for \"" + name + "\": Boolean expected"));
    }

    /** psql's pg_strncasecmp(name, value, strlen(value)) == 0: value is a (case-blind) prefix of name. */
    private static boolean isPrefix(String value, String name) {
        return value.length() <= name.length()
                && name.regionMatches(true, 0, value.toLowerCase(Locale.ROOT), 0, value.length());
    }

    /** C's atoi, as psql reads numbers here: leading blanks, a sign, digits; anything else ends it (or gives 0). */
    static int atoi(String value) {
        int i = 0;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        long number = 0;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9' && number <= Integer.MAX_VALUE) {
            number = number * 10 + (value.charAt(i) - '0');
            i++;
        }
        return (int) (negative ? -number : number);
    }

    /** psql's FETCH_COUNT: a whole number; 0 or less turns batching off. */
    public static int fetchCount(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw WadbException.usage("FETCH_COUNT must be a whole number, not \"" + value + "\"");
        }
    }
}
