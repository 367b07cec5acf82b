package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.session.PrintSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code \g [(name=value ...)] [FILE | |command]} and {@code \gx} as psql 15 reads them: print options in
 * parentheses hold for this one query (psql's {@code gsavepopt}), then a file or a command gets the results.
 * The options are all of {@code \pset}'s (see {@link PrintSettings}).
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

    /**
     * One {@code name} or {@code name=value}, as psql's do_pset reads it quietly: checked now (psql fails the
     * {@code \g} at once), applied to the options in force when the query runs.
     */
    private static UnaryOperator<PrintOptions> option(String option) {
        int equals = option.indexOf('=');
        String name = equals < 0 ? option : option.substring(0, equals);
        String value = equals < 0 ? null : option.substring(equals + 1);
        PrintSettings.applied(null, PrintOptions.defaults(), name, value);
        return options -> PrintSettings.applied(null, options, name, value);
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
