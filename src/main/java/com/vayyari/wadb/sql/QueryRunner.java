package com.vayyari.wadb.sql;

import com.vayyari.wadb.output.RowSink;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs what the user typed, and the domain commands' queries, and hands on every result. Three ways, by what is run:
 * <ul>
 *   <li>anything that is not one row-returning statement (DDL, DML, a {@code \\;} batch): sent whole, as psql
 *       sends it ({@link WholeTextQuery});</li>
 *   <li>one row-returning statement typed by the user: exactly as typed, its rows fetched in batches
 *       ({@link StreamedQuery});</li>
 *   <li>a domain command's query with bind parameters: a prepared statement, fetched in batches.</li>
 * </ul>
 *
 * <p>pgjdbc only fetches in batches inside a transaction
 * (autocommit off plus a fetch size), so a row-returning statement outside any transaction of the user's is
 * wrapped in one and committed after, the way psql wraps its FETCH_COUNT cursor. Inside the user's own
 * transaction the JDBC autocommit flag is kept off, so batches work there too without committing anything.
 *
 * <p>Why this is not {@code db.Transactions}, which every other transaction in wadb goes through: the
 * statement is the user's, and the user's statements open and close transactions themselves (BEGIN, COMMIT,
 * a failed statement inside one). So afterwards the autocommit flag is not put back as it was but made to
 * follow the server's transaction state, and the wrap is only for one row-returning statement outside any
 * transaction, standing in for the autocommit the user asked for. (It also keeps sql/ free of db/, which
 * sits above it.)
 */
public final class QueryRunner {

    /** Rows per round trip: big enough to amortise latency, small enough to keep memory flat. */
    public static final int FETCH_SIZE = 2000;

    /** Where the results of a statement go. */
    public interface ResultHandler {
        /** A sink for the next result set; called once per result set, in order. */
        RowSink rows() throws IOException;

        /** A completion tag for a result without rows ({@code INSERT 0 1}, {@code CREATE TABLE}). */
        void status(String tag) throws IOException;

        /** A notice or warning the server sent. */
        void notice(SQLWarning warning);

        /** False when of several results only the last is to be shown (psql's SHOW_ALL_RESULTS off). */
        default boolean allResults() {
            return true;
        }
    }

    private final Connection connection;
    /** Set by {@link #stop()}: the rows still coming are no longer handed on. */
    private volatile boolean cancelRequested;

    public QueryRunner(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** The server's transaction state as pgjdbc tracks it (drives the prompt's {@code *} and {@code !}). */
    public TransactionState transactionState() throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    /** Runs {@code sql} (one statement) and hands each result to {@code handler}. */
    public void execute(String sql, ResultHandler handler) throws SQLException, IOException {
        execute(sql, List.of(), handler);
    }

    /** Runs {@code sql} with {@code parameters} bound to {@code $1, $2, ...} / {@code ?} placeholders. */
    public void execute(String sql, List<?> parameters, ResultHandler handler) throws SQLException, IOException {
        cancelRequested = false;
        if (parameters.isEmpty() && (!StatementKind.returnsRows(sql) || StatementList.several(sql))) {
            executeWhole(sql, handler);
            return;
        }
        TransactionState before = transactionState();
        boolean wrap = before == TransactionState.IDLE && StatementKind.returnsRows(sql);
        if (wrap) {
            connection.setAutoCommit(false);
        }
        try {
            if (parameters.isEmpty()) {
                StreamedQuery.run(connection, sql, FETCH_SIZE, handler, () -> cancelRequested);
            } else {
                try (PreparedStatement statement = prepare(sql, parameters)) {
                    statement.setFetchSize(FETCH_SIZE);
                    drain(sql, statement, statement.execute(), before == TransactionState.FAILED, handler);
                }
            }
            if (wrap) {
                connection.commit();
            }
        } catch (SQLException | IOException | RuntimeException | Error e) {
            if (wrap && !connection.isClosed()) {
                connection.rollback();
            }
            throw e;
        } finally {
            syncAutoCommit();
        }
    }

    /**
     * A statement that is not one streamed query, or several at once ({@code a \\; b}): sent whole, as psql sends
     * it, so each result comes back (see {@link WholeTextQuery}).
     */
    private void executeWhole(String sql, ResultHandler handler) throws SQLException, IOException {
        try {
            WholeTextQuery.run(connection, sql, handler, () -> cancelRequested);
        } finally {
            syncAutoCommit();
        }
    }

    private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            prepared.setObject(i + 1, parameters.get(i));
        }
        return prepared;
    }

    private void drain(String sql, Statement statement, boolean isResultSet, boolean failedTransaction,
                       ResultHandler handler) throws SQLException, IOException {
        while (true) {
            reportWarnings(statement.getWarnings(), handler);
            statement.clearWarnings();
            if (isResultSet) {
                // The sink is closed even when the fetch fails midway, so a table's spill file never outlives it.
                try (ResultSet rs = statement.getResultSet(); RowSink sink = handler.rows()) {
                    ResultStreamer.stream(rs, sink, () -> cancelRequested);
                }
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                String tag = CommandTag.of(sql, count);
                // The server ends a failed transaction with ROLLBACK whatever it was asked, and says so.
                handler.status(failedTransaction && tag.equals("COMMIT") ? "ROLLBACK" : tag);
            }
            isResultSet = statement.getMoreResults();
        }
    }

    private static void reportWarnings(SQLWarning warning, ResultHandler handler) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            handler.notice(w);
        }
    }

    /**
     * Keeps JDBC's autocommit flag equal to "no transaction open on the server": on after the user's COMMIT,
     * off after the user's BEGIN, so pgjdbc never commits or begins behind the user's back.
     */
    private void syncAutoCommit() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        boolean idle = transactionState() == TransactionState.IDLE;
        if (connection.getAutoCommit() != idle) {
            connection.setAutoCommit(idle);
        }
    }

    /**
     * Ctrl-C: the rows of the statement running now are no longer handed on. The statement itself is cancelled
     * on the server through its connection, by whoever watches the connection ({@code db.Cancellation}): that
     * reaches whatever runs on it, through this runner or not.
     */
    public void stop() {
        cancelRequested = true;
    }
}
