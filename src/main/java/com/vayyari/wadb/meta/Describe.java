package com.vayyari.wadb.meta;

import com.vayyari.wadb.describe.HiddenQueries;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's describe commands ({@code \d}, {@code \dt}, {@code \di}, {@code \dv}, {@code \dn}, {@code \l}) with
 * psql's output shapes: the catalog queries of psql 15's describe.c, a title over the table and, for one
 * table, the lists of indexes and keys as footers. Name patterns are bind parameters.
 */
final class Describe {

    private final Session session;

    Describe(Session session) {
        this.session = session;
    }

    int schemas() {
        return print("SELECT n.nspname AS \"Name\", pg_catalog.pg_get_userbyid(n.nspowner) AS \"Owner\" "
                + "FROM pg_catalog.pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' "
                + "ORDER BY 1", List.of(), "List of schemas", List.of());
    }

    int databases() {
        return print("""
                SELECT d.datname AS "Name", pg_catalog.pg_get_userbyid(d.datdba) AS "Owner",
                       pg_catalog.pg_encoding_to_char(d.encoding) AS "Encoding", d.datcollate AS "Collate",
                       d.datctype AS "Ctype", d.daticulocale AS "ICU Locale",
                       CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
                       pg_catalog.array_to_string(d.datacl, E'\\n') AS "Access privileges"
                  FROM pg_catalog.pg_database d ORDER BY 1""", List.of(), "List of databases", List.of());
    }

    private int print(String sql, List<?> params, String title, List<String> footers) {
        if (!HiddenQueries.mayRun(session, sql)) {
            return ExitCode.COMMAND;
        }
        PrintOptions before = session.print();
        session.print(before.withTitle(title, footers));
        try {
            session.runSql(sql, params);
        } finally {
            session.print(before);
        }
        return ExitCode.OK;
    }
}
