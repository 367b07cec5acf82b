package com.vayyari.wadb.command;

import com.vayyari.wadb.db.Transactions;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.core.TransactionState;

/**
 * Runs reading work in a READ ONLY transaction of its own, so user SQL handed to export cannot write even if it
 * tries; inside the user's open transaction it runs there as it is.
 */
final class ReadOnly {

    /** Work that reads. */
    @FunctionalInterface
    interface Work {
        long run() throws IOException, SQLException;
    }

    private ReadOnly() {
    }

    static long run(Session session, Work work) throws IOException {
        // A standby under read routing; the main connection inside the user's transaction.
        Connection c = session.readConnection();
        try {
            if (session.runner().transactionState() != TransactionState.IDLE) {
                return work.run();
            }
            // A failed write (a full disk) stays the failure reported; a late COPY cancel that lands on the
            // rollback is kept on it as suppressed.
            return Transactions.readOnly(c, tx -> work.run());
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
