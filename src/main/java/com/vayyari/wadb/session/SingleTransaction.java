package com.vayyari.wadb.session;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.sql.QueryRunner;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * psql's {@code -1}: BEGIN before the non-interactive input, and after it COMMIT, or ROLLBACK when an error
 * stopped it (ON_ERROR_STOP). Both are sent silently, as psql's PSQLexec does; a failure prints its error.
 */
public final class SingleTransaction {

    private final Session session;

    public SingleTransaction(Session session) {
        this.session = session;
    }

    /** False when BEGIN failed (its error printed). */
    public boolean begin() {
        return quietly("BEGIN");
    }

    /** Ends it after input that finished with {@code code}; the exit code, psql's when COMMIT fails. */
    public int end(int code, boolean onErrorStop) {
        boolean failed = code != ExitCode.OK;
        boolean ended = quietly(failed && onErrorStop ? "ROLLBACK" : "COMMIT");
        return !ended && onErrorStop ? ExitCode.COMMAND : code;
    }

    private boolean quietly(String sql) {
        try {
            session.runner().execute(sql, SILENT);
            return true;
        } catch (SQLException e) {
            session.err().println(session.sqlFailure(e).getMessage());
            return false;
        } catch (IOException e) {
            session.err().println("wadb: " + e.getMessage());
            return false;
        }
    }

    private static final QueryRunner.ResultHandler SILENT = new QueryRunner.ResultHandler() {
        @Override
        public RowSink rows() {
            throw new IllegalStateException("BEGIN, COMMIT and ROLLBACK return no rows");
        }

        @Override
        public void status(String tag) {
        }

        @Override
        public void notice(SQLWarning warning) {
        }
    };
}
