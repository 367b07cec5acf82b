package com.vayyari.wadb.sql;

import com.vayyari.wadb.output.RowSink;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.BaseStatement;
import org.postgresql.core.Field;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandlerBase;
import org.postgresql.core.SqlCommand;
import org.postgresql.core.Tuple;

/**
 * One row-returning statement typed by the user, its rows fetched a batch at a time (the caller has a transaction
 * open: pgjdbc fetches by cursor only inside one), and the server's text exactly as typed: pgjdbc's JDBC API would
 * rewrite it first (cut the semicolon, so a syntax error read "at end of input"; expand JDBC escapes such as
 * {@code {fn now()}}, which psql sends to the server as they are) and make up the command tag (it said
 * {@code SELECT 1} for {@code WITH … INSERT}). So this goes to pgjdbc's QueryExecutor, as {@link WholeTextQuery}
 * does, with a portal that pgjdbc's own result set then reads on in batches.
 */
final class StreamedQuery extends ResultHandlerBase {

    private final BaseStatement statement;
    private final List<SQLWarning> warnings = new ArrayList<>();
    private ResultSet rows;
    private String tag;

    private StreamedQuery(BaseStatement statement) {
        this.statement = statement;
    }

    /** Runs {@code sql} and hands its rows, tag and notices to {@code handler}, as psql prints them. */
    static void run(Connection connection, String sql, int fetchSize, QueryRunner.ResultHandler handler,
                    BooleanSupplier cancelled) throws SQLException, IOException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        Query query = executor.wrap(List.of(new NativeQuery(sql, null, false, SqlCommand.BLANK)));
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setFetchSize(fetchSize);
            StreamedQuery results = new StreamedQuery(jdbc.unwrap(BaseStatement.class));
            int flags = QueryExecutor.QUERY_FORWARD_CURSOR | QueryExecutor.QUERY_BOTH_ROWS_AND_STATUS
                    | (connection.getAutoCommit() ? QueryExecutor.QUERY_SUPPRESS_BEGIN : 0);
            SQLException failure = null;
            try {
                executor.execute(query, null, results, 0, fetchSize, flags);
            } catch (SQLException e) {
                failure = e;
            }
            for (SQLWarning warning : results.warnings) {  // they came before any row
                handler.notice(warning);
            }
            if (failure != null) {
                throw failure;
            }
            results.deliver(handler, cancelled);
            for (SQLWarning w = jdbc.getWarnings(); w != null; w = w.getNextWarning()) {  // from later batches
                handler.notice(w);
            }
        }
    }

    private void deliver(QueryRunner.ResultHandler handler, BooleanSupplier cancelled) throws SQLException, IOException {
        if (rows != null) {
            try (ResultSet rs = rows; RowSink sink = handler.rows()) {
                ResultStreamer.stream(rs, sink, cancelled);
            }
        }
        if (tag != null && (rows == null || WholeTextQuery.shownAfterRows(tag))) {
            handler.status(tag);
        }
    }

    @Override
    public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
        try {
            rows = statement.createResultSet(fromQuery, fields, tuples, cursor);
        } catch (SQLException e) {
            handleError(e);
        }
    }

    @Override
    public void handleCommandStatus(String status, long updateCount, long insertOID) {
        if (!status.equals("EMPTY")) {
            tag = status;
        }
    }

    @Override
    public void handleWarning(SQLWarning warning) {
        warnings.add(warning);
    }
}
