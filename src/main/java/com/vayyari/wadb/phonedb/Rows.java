package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a query of ours on the phone's database and hands each row over: results stream, never all in memory. */
final class Rows {

    private static final int FETCH = 4096;

    /** What to do with one row. */
    @FunctionalInterface
    interface Action {
        void accept(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static void each(SqliteSource source, String sql, Action action) throws SQLException {
        try (Statement st = source.connection().createStatement()) {
            st.setFetchSize(FETCH);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        }
    }
}
