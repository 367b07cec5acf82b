package com.vayyari.wadb.db;

import java.sql.SQLException;

/**
 * A first import's COPY straight into {@code messages} met a message id that is there already (a file that repeats
 * an id, another chat holding it, another session importing the same chat meanwhile). The importers take the direct
 * path without a savepoint — a COPY of a million rows under a subtransaction costs the server several per cent more
 * (BENCHMARKS.md, import) — so this failure ends the whole transaction, and the importer runs it again through its
 * staging table, which leaves out what is present.
 */
public final class DirectCopyConflict extends SQLException {

    private static final String UNIQUE_VIOLATION = "23505";

    private DirectCopyConflict(SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause);
    }

    /** Runs a direct COPY, turning its unique violation into this conflict; any other failure is thrown as it is. */
    public static <T> T copying(Copy<T> copy) throws SQLException {
        try {
            return copy.run();
        } catch (SQLException e) {
            throw UNIQUE_VIOLATION.equals(e.getSQLState()) ? new DirectCopyConflict(e) : e;
        }
    }

    /** The direct COPY's work. */
    @FunctionalInterface
    public interface Copy<T> {
        T run() throws SQLException;
    }
}
