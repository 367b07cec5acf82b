package com.vayyari.wadb.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** The transaction {@link Transactions} opened, as its work sees it. */
public final class Transaction {

    private final Connection connection;
    private boolean rollsBack;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** Ends the transaction with a rollback instead of a commit, once the work returns: a dry run. */
    public void rollBackAtEnd() {
        rollsBack = true;
    }

    boolean rollsBack() {
        return rollsBack;
    }

    /**
     * Runs {@code work} under a savepoint: should it fail, what it did is undone back to the savepoint and
     * the failure is thrown on, with the transaction still usable for another try. On success its changes
     * stay, to be committed with the rest.
     */
    public <T, E extends Exception> T underSavepoint(Transactions.Work<T, E> work) throws E, SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T result;
        try {
            result = work.run(this);
        } catch (Exception | Error failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        connection.releaseSavepoint(savepoint);
        return result;
    }
}
