package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Variables;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a result, kept rather than printed: {@code \gset} makes variables of its one row, {@code \gexec}
 * runs each of its values as a statement. Both read the whole result first, as psql does. Of a {@code \;} batch
 * only the last result is kept; the ones before it are printed as usual, once a later one shows they were not last.
 */
final class ResultValues implements RowSink {

    private final List<Column> columns = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private boolean hadRows;
    /** Where the kept result would be printed, should another come after it. */
    private PrintOptions keptPrint;
    private Writer keptOut;

    /** Runs {@code sql} and keeps what it returned. */
    static ResultValues of(Session session, String sql) {
        ResultValues values = new ResultValues();
        session.runSql(sql, List.of(), values::next);
        return values;
    }

    /** The sink for the next result: the one kept so far was not the last, so it is printed now. */
    private RowSink next(PrintOptions print, Writer out) throws IOException {
        if (hadRows) {
            try (RowSink sink = RowSinks.open(keptPrint, keptOut)) {
                sink.start(columns);
                for (String[] row : rows) {
                    sink.row(row);
                }
                sink.end(rows.size());
            }
        }
        keptPrint = print;
        keptOut = out;
        rows.clear();
        return this;
    }

    @Override
    public void start(List<Column> columns) {
        hadRows = true;
        this.columns.clear();
        this.columns.addAll(columns);
        names.clear();
        columns.forEach(column -> names.add(column.name()));
    }

    @Override
    public void row(String[] values) {
        rows.add(values.clone());
    }

    @Override
    public void end(long rowCount) {
        // all kept already
    }

    /** psql's \gset: one row, each column into PREFIX + name; a NULL unsets the variable. */
    void setVariables(Session session, String prefix) {
        if (!hadRows) {
            throw WadbException.command("\\gset: query did not return data");
        }
        if (rows.isEmpty()) {
            throw WadbException.command("no rows returned for \\gset");
        }
        if (rows.size() > 1) {
            throw WadbException.command("more than one row returned for \\gset");
        }
        String[] row = rows.get(0);
        for (int i = 0; i < names.size(); i++) {
            String name = prefix + names.get(i);
            if (Variables.speciallyTreated(name)) {
                session.warning("attempt to \\gset into specially treated variable \"" + name + "\" ignored");
                continue;
            }
            session.variables().set(name, row[i]);  // psql: an invalid name fails the \gset there
        }
    }

    /** psql's \gexec: every non-null value, row by row and left to right. */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String[] row : rows) {
            for (String value : row) {
                if (value != null) {
                    statements.add(value);
                }
            }
        }
        return statements;
    }
}
