package com.vayyari.wadb.describe;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.output.TeeSink;
import com.vayyari.wadb.session.ScreenSinks;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the describe commands need of the session: psql's PSQLexec (a catalog query, shown first under
 * ECHO_HIDDEN), printQuery (a result under a title) and printTable (a table built from several queries, with
 * footers), each through the session's print settings, so every format and {@code \pset} applies.
 */
public final class Catalog {

    private final Session session;

    public Catalog(Session session) {
        this.session = session;
    }

    Session session() {
        return session;
    }

    /** The database connected to, as libpq's PQdb says it (for the cross-database check of patterns). */
    String databaseName() {
        try {
            return session.connection().getCatalog();
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    /** A catalog query's result: its columns (with their types, which decide alignment) and its rows. */
    record Result(List<Column> columns, List<String[]> rows) {
        boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** psql's printQuery under {@code title}: the query's result, with the row count footer. */
    void list(CatalogQuery query, String title) {
        print(query(query), title);
    }

    /** Runs a catalog query (psql's PSQLexec), showing it first under ECHO_HIDDEN. */
    Result query(CatalogQuery query) {
        return query(query.sql(), query.parameters());
    }

    Result query(String sql, List<?> parameters) {
        if (!HiddenQueries.mayRun(session, shown(sql, parameters))) {
            throw new HiddenOnly();
        }
        try {
            return run(sql, parameters);
        } catch (SQLException e) {
            throw session.sqlFailure(e, sql);
        }
    }

    /**
     * As {@link #query(String, List)}, for a query whose failure psql reports in one line (its
     * minimal_error_message: {@code ERROR:  } and the primary message, no query text): empty after such a failure.
     */
    Optional<Result> queryOrComplain(String sql, List<?> parameters) {
        if (!HiddenQueries.mayRun(session, shown(sql, parameters))) {
            throw new HiddenOnly();
        }
        try {
            return Optional.of(run(sql, parameters));
        } catch (SQLException e) {
            if (!(e instanceof PSQLException server) || server.getServerErrorMessage() == null) {
                throw session.sqlFailure(e, sql);
            }
            ServerErrorMessage message = server.getServerErrorMessage();
            error((message.getSeverity() == null ? "ERROR" : message.getSeverity()) + ":  " + message.getMessage());
            return Optional.empty();
        }
    }

    private Result run(String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int width = meta.getColumnCount();
                List<Column> columns = new ArrayList<>();
                for (int c = 1; c <= width; c++) {
                    columns.add(Column.of(meta.getColumnLabel(c), meta.getColumnTypeName(c)));
                }
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    String[] row = new String[width];
                    for (int c = 0; c < width; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    rows.add(row);
                }
                return new Result(columns, rows);
            }
        }
    }

    /**
     * The query as ECHO_HIDDEN shows it: with each value written in as the literal psql would have put there, so
     * that what the user sees is psql's text (the server still gets the values as parameters). Where psql casts its
     * literal ({@code '16384'::pg_catalog.oid}), the query casts twice, and the first cast is the one replaced.
     */
    static String shown(String sql, List<?> parameters) {
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(sql);
        StringBuilder text = new StringBuilder();
        int next = 0;
        while (placeholder.find() && next < parameters.size()) {
            Object value = parameters.get(next++);
            String literal = value instanceof Number ? value.toString() : "'" + String.valueOf(value).replace("'", "''") + "'";
            placeholder.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(literal));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("\\?::pg_catalog\\.(?:text|oid)\\b");

    /** Every row of a catalog query, each value as the server's text (null for NULL). */
    List<String[]> rows(CatalogQuery query) {
        return query(query).rows();
    }

    List<String[]> rows(String sql, List<?> parameters) {
        return query(sql, parameters).rows();
    }

    /** The first row of a catalog query, if it has one. */
    Optional<String[]> row(String sql, List<?> parameters) {
        List<String[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * psql's printQuery of a describe command: {@code title} above, the row count below as {@code \pset footer}
     * says, and NULL always shown empty (describe.c sets nullPrint to NULL).
     */
    void print(Result result, String title) {
        write(session.print().withTitle(title, List.of()).withNullDisplay(""), result.columns(), result.rows());
    }

    /**
     * psql's printQuery with the session's own settings (a sequence's properties): {@code title} above,
     * {@code footers} below and no row count.
     */
    void printWithFooters(Result result, String title, List<String> footers) {
        write(session.print().withTitle(title, footers).withFooter(false), result.columns(), result.rows());
    }

    /**
     * psql's printTable as describeOneTableDetails uses it: {@code headers} over {@code rows}, all left-aligned,
     * {@code title} above and {@code footers} below, and never a row count.
     */
    void table(String title, List<String> headers, List<String[]> rows, List<String> footers) {
        List<Column> columns = headers.stream().map(header -> Column.of(header, "text")).toList();
        // never expanded: psql finds it confusing for these tables
        write(session.print().withTitle(title, footers).withFooter(false).withNullDisplay("").withExpanded(false),
                columns, rows);
    }

    private void write(PrintOptions print, List<Column> columns, List<String[]> rows) {
        try (RowSink sink = sink(print)) {
            sink.start(columns);
            for (String[] row : rows) {
                sink.row(emptyAsNull(row));
            }
            sink.end(rows.size());
            session.output().flush();
            if (session.log().isPresent()) {
                session.log().get().flush();
            }
        } catch (IOException e) {
            throw WadbException.usage("could not write output: " + e.getMessage());
        }
    }

    /** The output's sink, and with {@code -L} the log's too, which is always aligned (psql's printTable's flog). */
    private RowSink sink(PrintOptions print) throws IOException {
        RowSink out = ScreenSinks.fitted(session, RowSinks::open).open(print, session.output().writer());
        if (session.log().isEmpty()) {
            return out;
        }
        return new TeeSink(out, RowSinks.open(print.withFormat(OutputFormat.TABLE), session.log().get()));
    }

    /**
     * psql's describe output holds no NULLs, only empty strings (PQgetvalue gives "" for NULL, and nullPrint is
     * unset): both print as nothing in every format. wadb's csv tells "" from NULL, so they go to it as NULL.
     */
    private static String[] emptyAsNull(String[] row) {
        String[] cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && cells[i].isEmpty()) {
                cells[i] = null;
            }
        }
        return cells;
    }

    /** psql's pg_log_error for a command that goes on (or returns true): the message, not a failure. */
    void error(String message) {
        session.error(message);
    }

    /** A command's failure with psql's message, for the runner to report. */
    static WadbException failure(String message) {
        return WadbException.command(message);
    }

    /** The command stopped after showing its query (ECHO_HIDDEN noexec): nothing more to print. */
    static final class HiddenOnly extends WadbException {
        HiddenOnly() {
            super(com.vayyari.wadb.exit.ExitCode.COMMAND, "");
        }
    }
}
