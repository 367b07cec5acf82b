package com.vayyari.wadb.session;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import java.util.List;

/**
 * psql's {@code -P NAME=VALUE}: {@code \pset NAME VALUE} before any input, silently. The options are those
 * {@code \pset} has in wadb; any other fails as psql's do, with its two lines and exit code 1.
 */
public final class PrintSettings {

    private PrintSettings() {
    }

    public static void apply(Session session, List<String> settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            String name = equals < 0 ? setting : setting.substring(0, equals);
            String value = equals < 0 ? null : setting.substring(equals + 1);
            try {
                session.print(applied(session, session.print(), name, value));
            } catch (IllegalArgumentException e) {
                session.err().println("wadb: error: \\pset: " + e.getMessage());
                throw WadbException.usage("error: could not set printing parameter \"" + name + "\"");
            }
        }
    }

    /** {@code print} with {@code \\pset name value} applied; IllegalArgumentException for an unknown name. */
    public static PrintOptions applied(Session session, PrintOptions print, String name, String value) {
        return switch (name) {
            case "format" -> value == null ? print : print.withFormat(OutputFormat.parse(value));
            case "null" -> print.withNullDisplay(value == null ? "" : value);
            case "tuples_only", "t" -> print.withTuplesOnly(value == null ? !print.tuplesOnly()
                    : Variables.requireBoolean(value, name));
            case "footer" -> print.withFooter(value == null ? !print.footer() : Variables.requireBoolean(value, name));
            case "expanded", "x" -> print.withExpanded(value == null ? !print.expanded()
                    : Variables.requireBoolean(value, name));
            case "fieldsep" -> value == null ? print : print.withFieldSeparator(value);
            case "fieldsep_zero" -> print.withFieldSeparator("\0");
            case "recordsep" -> value == null ? print : print.withRecordSeparator(value);
            case "recordsep_zero" -> print.withRecordSeparator("\0");
            case "tableattr", "T" -> print.withTableAttr(value);
            case "pager" -> {
                session.interaction().pager(value == null ? !session.interaction().pager()
                        : value.equalsIgnoreCase("always") || Terminals.isTruthy(value));
                yield print;
            }
            default -> throw new IllegalArgumentException("unknown option: " + name);
        };
    }

    /** What psql's {@code \\pset} says of a separator option after setting it (printPsetInfo). */
    public static String separatorInfo(String name, PrintOptions print) {
        if (name.startsWith("fieldsep")) {
            String separator = print.fieldSeparator();
            return separator.equals("\0") ? "Field separator is zero byte." : "Field separator is \"" + separator + "\".";
        }
        String separator = print.recordSeparator();
        return separator.equals("\0") ? "Record separator is zero byte."
                : separator.equals("\n") ? "Record separator is <newline>." : "Record separator is \"" + separator + "\".";
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
