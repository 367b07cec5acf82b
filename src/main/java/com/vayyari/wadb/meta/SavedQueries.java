package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code \save NAME}, {@code \run NAME [VALUE…]} and {@code \saved}: queries kept by name, run with bind values. */
final class SavedQueries {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Session session;
    private final QueryStore store;

    SavedQueries(Session session, QueryStore store) {
        this.session = session;
        this.store = store;
    }

    int save(List<String> args, java.util.Optional<String> lastQuery) throws IOException {
        if (args.size() != 1 || !NAME.matcher(args.get(0)).matches()) {
            throw WadbException.usage("\\save: give one name of letters, digits, _ and - (\\save NAME)");
        }
        String sql = lastQuery
                .orElseThrow(() -> WadbException.usage("\\save: no query yet; run the query first, then save it"));
        QueryParameters parameters = QueryParameters.of(sql);
        store.save(args.get(0), sql);
        return say("Saved \"" + args.get(0) + "\"" + (parameters.count() == 0 ? "" : " (" + parameters.describe() + ")")
                + " in " + store.file() + ".");
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw WadbException.usage("\\run: which query? (\\saved lists them)");
        }
        String sql = store.load().get(args.get(0));
        if (sql == null) {
            throw WadbException.usage("\\run: no saved query \"" + args.get(0) + "\" (\\saved lists them)");
        }
        QueryParameters parameters = QueryParameters.of(sql);
        List<Object> values;
        try {
            values = parameters.bind(args.subList(1, args.size()));
        } catch (WadbException e) {
            throw WadbException.usage("\\run " + args.get(0) + ": " + e.getMessage());
        }
        session.runSql(parameters.jdbcSql(), values);
        return ExitCode.OK;
    }

    /** The saved queries in the session's output format, like any result. */
    int list() throws IOException {
        Map<String, String> queries = store.load();
        try (RowSink sink = RowSinks.open(session.print(), session.output().writer())) {
            sink.start(List.of(Column.of("name", "text"), Column.of("parameters", "text"), Column.of("query", "text")));
            for (Map.Entry<String, String> query : queries.entrySet()) {
                sink.row(new String[] {query.getKey(), parameters(query.getValue()), query.getValue()});
            }
            sink.end(queries.size());
        }
        session.output().flush();
        return ExitCode.OK;
    }

    private static String parameters(String sql) {
        try {
            return QueryParameters.of(sql).describe();
        } catch (WadbException e) {
            return "?";
        }
    }

    private int say(String text) throws IOException {
        if (!session.options().quiet()) {
            session.output().writer().write(text + "\n");
            session.output().flush();
        }
        return ExitCode.OK;
    }
}
