package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
            c.setAutoCommit(false);
            IOException failedWrite = null;
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("SET TRANSACTION READ ONLY");
                }
                long result = work.run();
                c.commit();
                return result;
            } catch (IOException e) {
                failedWrite = e;
                throw e;
            } finally {
                if (!c.isClosed() && !c.getAutoCommit()) {
                    try {
                        c.rollback();
                        c.setAutoCommit(true);
                    } catch (SQLException e) {
                        // A failed write makes pgjdbc cancel the COPY, and the cancel can land late, on this
                        // rollback: the write's failure (a full disk) is what to report, not that.
                        if (failedWrite == null) {
                            throw e;
                        }
                        failedWrite.addSuppressed(e);
                    }
                }
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
