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

    /** Reads one row as a message, or null for a row that is none. */
    @FunctionalInterface
    interface MessageReader {
        RawMessage read(ResultSet rs) throws SQLException;
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

    /**
     * Hands {@code sink} every message {@code sql} reads, shaped. A message whose chat is unknown (a row pointing at
     * a chat the file no longer lists) is left out: {@code messages.jid} must name a chat.
     */
    static void messages(SqliteSource source, String sql, MessageReader reader, MessageShaper shaper,
            MessageSource.Sink sink) throws SQLException {
        each(source, sql, rs -> {
            RawMessage m = reader.read(rs);
            if (m != null && m.chatJid != null) {
                sink.accept(shaper.shape(m));
            }
        });
    }
}
