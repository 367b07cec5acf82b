package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.QueryDescription;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * psql's {@code \gdesc}: the name and type of each column a query would return, the query parsed and described but
 * not run; the types are spelled by the server's {@code format_type}, modifiers included ({@code numeric(10,2)}).
 */
final class ResultDescription {

    /** psql's query, with the columns' names, type OIDs and modifiers as bind parameters instead of literals. */
    private static final String TYPES = "SELECT name AS \"Column\", pg_catalog.format_type(tp::pg_catalog.oid, tpm)"
            + " AS \"Type\"\nFROM unnest(?::pg_catalog.text[], ?::pg_catalog.int8[], ?::pg_catalog.int4[])"
            + " WITH ORDINALITY AS s(name, tp, tpm, n) ORDER BY n";

    private ResultDescription() {
    }

    static int print(Session session, String query) throws IOException {
        List<QueryDescription.Column> columns;
        try {
            columns = QueryDescription.of(session.connection(), query);
        } catch (SQLException e) {
            WadbException failure = session.sqlFailure(e, query);
            ResultVariables.failed(session, failure);
            throw failure;
        }
        if (columns.isEmpty()) {
            session.output().writer().write("The command has no result, or the result has no columns.\n");
            session.output().flush();
            ResultVariables.succeeded(session);
            return ExitCode.OK;
        }
        String[] names = columns.stream().map(QueryDescription.Column::name).toArray(String[]::new);
        Long[] types = columns.stream().map(QueryDescription.Column::typeOid).toArray(Long[]::new);
        Integer[] modifiers = columns.stream().map(QueryDescription.Column::typmod).toArray(Integer[]::new);
        session.runSql(TYPES, List.of(names, types, modifiers));
        ResultVariables.succeeded(session);
        return ExitCode.OK;
    }
}
