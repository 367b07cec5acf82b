package com.vayyari.wadb.db;

import java.sql.Connection;

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
}
