package com.vayyari.wadb.sql;

import com.vayyari.wadb.output.RowSink;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * Sends a text as psql does (PQexec): whole, in one Query message of the simple protocol. The server then runs its
 * statements as one implicit transaction, places an error's position in the whole text, and returns every result:
 * each statement's of a {@code \;} batch, and each query a rule's DO INSTEAD or DO ALSO adds, which the extended
 * protocol does not return. pgjdbc's JDBC API would split the text and use the extended protocol, and it drops the
 * results it has when a later statement fails; so this goes one level down, to its QueryExecutor, with a handler
 * that keeps each result as it completes.
 *
 * <p>Result sets are printed once the server has answered: printing may need a column's type name, which pgjdbc
 * looks up with a catalog query for a type it has not seen, and no query can be sent while this one's answer is
 * read. Notices and command tags with no result set before them go out at once, so a long DO block's notices
 * still show as they arrive. Each result set is held whole, as psql holds it.
 */
final class WholeTextQuery extends ResultHandlerBase {

    private sealed interface Event permits Rows, Status, Notice {
    }

    private record Rows(Field[] fields, List<Tuple> tuples) implements Event {
    }

    /** A command tag; {@code ofRows} for the tag of a result set's statement (INSERT … RETURNING). */
    private record Status(String tag, boolean ofRows) implements Event {
    }

    private record Notice(SQLWarning warning) implements Event {
    }

    private final QueryRunner.ResultHandler handler;
    /** psql's SHOW_ALL_RESULTS: when false only the last result is printed, so nothing goes out before the end. */
    private final boolean allResults;
    private final Deque<Event> pending = new ArrayDeque<>();
    private IOException outputFailure;
    /** True between a result set and the command tag that ended it. */
    private boolean tagOfRows;

    private WholeTextQuery(QueryRunner.ResultHandler handler) {
        this.handler = handler;
        this.allResults = handler.allResults();
    }

    /**
     * Runs {@code sql} and hands every result to {@code handler} in the order the server sent them; a failure comes
     * after the results that preceded it. {@code cancelled} stops the printing of a long held result.
     */
    static void run(Connection connection, String sql, QueryRunner.ResultHandler handler, BooleanSupplier cancelled)
            throws SQLException, IOException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        Query query = executor.wrap(List.of(new NativeQuery(sql, null, true, SqlCommand.BLANK)));
        WholeTextQuery results = new WholeTextQuery(handler);
        SQLException failure = null;
        WholeTextScope.enter();
        try {
            // No hidden BEGIN: the user's statements open and close their own transactions.
            executor.execute(query, null, results, 0, 0, QueryExecutor.QUERY_EXECUTE_AS_SIMPLE
                    | QueryExecutor.QUERY_SUPPRESS_BEGIN | QueryExecutor.QUERY_BOTH_ROWS_AND_STATUS);
        } catch (SQLException e) {
            failure = e;
        } finally {
            WholeTextScope.leave();
        }
        try (Statement statement = connection.createStatement()) {
            results.replay(statement.unwrap(BaseStatement.class), cancelled, failure != null);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            // the connection failed: what the server said first is what to report
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
        pending.add(new Rows(fields, tuples));
        tagOfRows = true;
    }

    @Override
    public void handleCommandStatus(String status, long updateCount, long insertOID) {
        boolean ofRows = tagOfRows;
        tagOfRows = false;
        if (status.equals("EMPTY")) {  // pgjdbc's word for an empty query, which psql prints nothing for
            return;
        }
        if (!ofRows || shownAfterRows(status)) {
            offer(new Status(status, ofRows));
        }
    }

    @Override
    public void handleWarning(SQLWarning warning) {
        offer(new Notice(warning));
    }

    /** After rows psql prints the tag only of INSERT, UPDATE and DELETE … RETURNING (common.c, PrintQueryResult). */
    static boolean shownAfterRows(String tag) {
        return tag.startsWith("INSERT") || tag.startsWith("UPDATE") || tag.startsWith("DELETE");
    }

    /** Hands an event that needs no query on at once, unless a held result must be printed before it. */
    private void offer(Event event) {
        if (!pending.isEmpty() || outputFailure != null || !allResults) {
            pending.add(event);
            return;
        }
        try {
            deliver(event, null, () -> false);
        } catch (IOException e) {
            outputFailure = e;
        } catch (SQLException e) {
            throw new IllegalStateException("a status or notice needs no query", e);
        }
    }

    /**
     * Hands on what was held, in order. With SHOW_ALL_RESULTS off only the last result (a result set with its tag,
     * or a tag) is printed, and none when the text failed, as psql does; notices always.
     */
    private void replay(BaseStatement driver, BooleanSupplier cancelled, boolean failed)
            throws SQLException, IOException {
        if (outputFailure != null) {
            throw outputFailure;
        }
        int shownFrom = 0;
        if (!allResults) {
            int index = 0;
            shownFrom = Integer.MAX_VALUE;
            for (Event event : pending) {
                if (!failed && (event instanceof Rows || event instanceof Status status && !status.ofRows())) {
                    shownFrom = index;
                }
                index++;
            }
        }
        int index = 0;
        for (Event event = pending.poll(); event != null; event = pending.poll()) {
            if (event instanceof Notice || index >= shownFrom) {
                deliver(event, driver, cancelled);
            }
            index++;
        }
    }

    private void deliver(Event event, BaseStatement driver, BooleanSupplier cancelled)
            throws SQLException, IOException {
        if (event instanceof Rows rows) {
            try (ResultSet rs = driver.createDriverResultSet(rows.fields(), rows.tuples());
                 RowSink sink = handler.rows()) {
                ResultStreamer.stream(rs, sink, cancelled);
            }
        } else if (event instanceof Status status) {
            handler.status(status.tag());
        } else if (event instanceof Notice notice) {
            handler.notice(notice.warning());
        }
    }
}
