package com.vayyari.wadb.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The one way wadb runs work in a transaction of its own: begin, run, commit on success, roll back on any
 * failure (a checked exception, a RuntimeException or an Error alike), then put the connection's autocommit
 * setting back as it was. A failure of the rollback or of the restore never hides the work's own failure; it
 * is added to it as suppressed.
 *
 * <p>It only ever commits what it began: on a connection inside an open transaction (the user's BEGIN) it
 * refuses, because committing there would commit the user's work too. Callers that should run inside the
 * user's transaction decide that before they come here.
 *
 * <p>A transaction on a connection a {@link Cancellation} watches never commits once that cancellation was asked
 * for after it began: it rolls back and fails with SQLSTATE 57014, as a cancelled statement does.
 *
 * <p>Settings made with {@code SET LOCAL} and {@code SET TRANSACTION} inside the work end with it, as the
 * server scopes them to the transaction.
 */
public final class Transactions {

    /** Work done inside the transaction; {@code E} is whatever else it may throw besides SQLException. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Transaction tx) throws E, SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code work} in a transaction of its own and commits it, unless the work asked for a rollback. */
    public static <T, E extends Exception> T inTransaction(Connection connection, Work<T, E> work)
            throws E, SQLException {
        return run(connection, false, work);
    }

    /**
     * Runs {@code work} in a READ ONLY transaction: the server refuses any write in it, whatever SQL the work
     * runs. {@code SET TRANSACTION READ ONLY} rather than JDBC's setReadOnly, so the server enforces it and
     * it ends with the transaction: there is no connection flag left to put back.
     */
    public static <T, E extends Exception> T readOnly(Connection connection, Work<T, E> work)
            throws E, SQLException {
        return run(connection, true, work);
    }

    private static <T, E extends Exception> T run(Connection connection, boolean readOnly, Work<T, E> work)
            throws E, SQLException {
        if (state(connection) != TransactionState.IDLE) {
            throw new IllegalStateException("a transaction is open on this connection; COMMIT or ROLLBACK it first"
                    + " (wadb only commits a transaction it began)");
        }
        Cancellation cancellation = Cancellation.of(connection);
        long cancelsBefore = cancellation.requests();
        cancellation.check(cancelsBefore);  // the caller is gone already: begin nothing
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Transaction tx = new Transaction(connection);
        T result;
        try {
            if (readOnly) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SET TRANSACTION READ ONLY");
                }
            }
            result = work.run(tx);
            if (tx.rollsBack()) {
                connection.rollback();
            } else {
                // A cancel between statements, or while the work ran in Java, found nothing to cancel on the
                // server: the work went on, but what the user stopped is not committed.
                cancellation.check(cancelsBefore);
                connection.commit();
            }
        } catch (Exception | Error failure) {
            undo(connection, autoCommit, failure);
            throw failure;
        }
        connection.setAutoCommit(autoCommit);
        return result;
    }

    /**
     * Rolls back and restores autocommit, keeping what goes wrong on {@code failure}. Autocommit is switched
     * back on only once the server says no transaction is open: pgjdbc commits an open transaction when
     * autocommit is turned on, and the work that failed must never be committed that way.
     */
    private static void undo(Connection connection, boolean autoCommit, Throwable failure) {
        try {
            if (connection.isClosed()) {
                return;
            }
            rollback(connection, failure);
            if (state(connection) == TransactionState.IDLE) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A second try when the first fails: a COPY abandoned by a failed write is cancelled, and the cancel can
     * land late, on this rollback; the next one then goes through.
     */
    private static void rollback(Connection connection, Throwable failure) throws SQLException {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
            connection.rollback();
        }
    }

    private static TransactionState state(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }
}
