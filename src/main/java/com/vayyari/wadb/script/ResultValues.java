package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Variables;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a result, kept rather than printed: {@code \gset} makes variables of its one row, {@code \gexec}
 * runs each of its values as a statement. Both read the whole result first, as psql does.
 */
final class ResultValues implements RowSink {

    private final List<String> names = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private boolean hadRows;

    /** Runs {@code sql} and keeps what it returned. */
    static ResultValues of(Session session, String sql) {
        ResultValues values = new ResultValues();
        session.runSql(sql, List.of(), (print, out) -> values);
        return values;
    }

    @Override
    public void start(List<Column> columns) {
        hadRows = true;
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
    void setVariables(Variables variables, String prefix) {
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
            if (Variables.validName(name)) {
                variables.set(name, row[i]);
            }
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
