package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code \g [(name=value ...)] [FILE | |command]} and {@code \gx} as psql 15 reads them: print options in
 * parentheses hold for this one query (psql's {@code gsavepopt}), then a file or a command gets the results.
 * The options are the ones wadb's {@link PrintOptions} has: format, tuples_only, null, footer, expanded, fieldsep.
 */
final class QuerySend {

    private QuerySend() {
    }

    static Intent intent(MetaCall call, String name, boolean expanded) {
        List<String> args = call.args();
        List<UnaryOperator<PrintOptions>> changes = new ArrayList<>();
        int next = 0;
        if (!args.isEmpty() && args.get(0).startsWith("(")) {
            boolean closed = false;
            String option = args.get(0).substring(1);
            while (true) {
                if (option.endsWith(")")) {
                    option = option.substring(0, option.length() - 1);
                    closed = true;
                }
                if (!option.isEmpty()) {
                    changes.add(option(option));
                }
                next++;
                if (closed) {
                    break;
                }
                if (next >= args.size() || args.get(next).startsWith("|")) {
                    throw WadbException.command("\\" + name + ": missing right parenthesis");
                }
                option = args.get(next);
            }
        }
        String query = call.bufferOrPrevious()
                .orElseThrow(() -> WadbException.command("\\" + name + ": no query to send"));
        QueryTarget target = QueryTarget.of(next < args.size() ? args.get(next) : null);
        UnaryOperator<PrintOptions> print = options -> {
            PrintOptions changed = options;
            for (UnaryOperator<PrintOptions> change : changes) {
                changed = change.apply(changed);
            }
            return changed;
        };
        return new Intent.Exec(query, expanded, print, target, RowSinks::open);
    }

    /** One {@code name} or {@code name=value}, as psql's do_pset reads it quietly; checked now, applied later. */
    private static UnaryOperator<PrintOptions> option(String option) {
        int equals = option.indexOf('=');
        String name = equals < 0 ? option : option.substring(0, equals);
        String value = equals < 0 ? null : option.substring(equals + 1);
        switch (name) {
            case "format" -> {
                if (value == null) {
                    return UnaryOperator.identity();
                }
                OutputFormat format = format(value);
                return options -> options.withFormat(format);
            }
            case "tuples_only", "t" -> {
                Boolean on = bool(name, value);
                return options -> options.withTuplesOnly(on == null ? !options.tuplesOnly() : on);
            }
            case "expanded", "x" -> {
                Boolean on = bool(name, value);
                return options -> options.withExpanded(on == null ? !options.expanded() : on);
            }
            case "footer" -> {
                Boolean on = bool(name, value);
                return options -> options.withFooter(on == null ? !options.footer() : on);
            }
            case "null" -> {
                return value == null ? UnaryOperator.identity() : options -> options.withNullDisplay(value);
            }
            case "fieldsep" -> {
                return value == null ? UnaryOperator.identity() : options -> options.withFieldSeparator(value);
            }
            default -> throw WadbException.command("\\pset: unknown option: " + name);
        }
    }

    private static OutputFormat format(String value) {
        try {
            return OutputFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw WadbException.command("\\pset: allowed formats are aligned, csv, expanded, json, markdown, ndjson, "
                    + "tsv, unaligned");
        }
    }

    /** psql's ParseVariableBool; null for "toggle". */
    private static Boolean bool(String name, String value) {
        return value == null ? null : com.vayyari.wadb.session.Variables.requireBoolean(value, name);
    }

    /** psql's previous buffer kept its semicolon, so an edit of the last query runs when saved as it is. */
    static Intent edit(MetaCall call) {
        String text = call.buffer().isBlank() ? call.previousQuery().map(QuerySend::terminated).orElse("")
                : call.buffer();
        return new Intent.Edit(call.buffer(), text, call.first() == null ? "" : call.first());
    }

    /** A previous query sent by {@code \\g} has no semicolon of its own; one sent with {@code ;} keeps it. */
    private static String terminated(String query) {
        return query.stripTrailing().endsWith(";") ? query : query + ";";
    }
}
