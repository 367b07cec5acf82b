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

    private static PrintOptions applied(Session session, PrintOptions print, String name, String value) {
        return switch (name) {
            case "format" -> value == null ? print : print.withFormat(OutputFormat.parse(value));
            case "null" -> print.withNullDisplay(value == null ? "" : value);
            case "tuples_only", "t" -> print.withTuplesOnly(value == null ? !print.tuplesOnly() : Terminals.isTruthy(value));
            case "footer" -> print.withFooter(value == null ? !print.footer() : Terminals.isTruthy(value));
            case "expanded", "x" -> print.withExpanded(value == null ? !print.expanded() : Terminals.isTruthy(value));
            case "fieldsep" -> print.withFieldSeparator(value == null ? "|" : value);
            case "pager" -> {
                session.interaction().pager(value == null ? !session.interaction().pager()
                        : value.equalsIgnoreCase("always") || Terminals.isTruthy(value));
                yield print;
            }
            default -> throw new IllegalArgumentException("unknown option: " + name);
        };
    }
}
