package com.vayyari.wadb.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A run's state_changes record, in the layout {@code changes} and {@code undo} read (ddl/006_state_changes.sql):
 * processing_state as it was and as the run left it, when they differ, and each tracking row the run created
 * (none before). A state table changed without a record would make {@code undo} of an earlier pause or resume
 * refuse, or put back rows nobody knew had changed.
 */
final class StateRecord {

    private StateRecord() {
    }

    /** {@code stateBefore}: processing_state row 1 as jsonb text before the run, or null. */
    static void write(Connection conn, String command, String stateBefore, String[] trackedJids) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                WITH state AS (
                    SELECT ?::jsonb AS before, (SELECT to_jsonb(p) FROM processing_state p WHERE id = 1) AS after),
                changed AS (
                    SELECT jsonb_build_array(jsonb_build_object('table', 'processing_state', 'key', '1', 'row', before))
                               AS before,
                           jsonb_build_array(jsonb_build_object('table', 'processing_state', 'key', '1', 'row', after))
                               AS after
                      FROM state WHERE before IS DISTINCT FROM after),
                tracking AS (
                    SELECT coalesce(jsonb_agg(jsonb_build_object('table', 'chat_tracking_state', 'key', t.jid,
                                'row', NULL::jsonb) ORDER BY t.jid), '[]') AS before,
                           coalesce(jsonb_agg(jsonb_build_object('table', 'chat_tracking_state', 'key', t.jid,
                                'row', to_jsonb(t)) ORDER BY t.jid), '[]') AS after
                      FROM chat_tracking_state t WHERE t.jid = ANY (?))
                INSERT INTO state_changes (changed_at, command, rows_before, rows_after)
                SELECT statement_timestamp(), ?, coalesce((SELECT before FROM changed), '[]') || tracking.before,
                       coalesce((SELECT after FROM changed), '[]') || tracking.after
                  FROM tracking
                 WHERE EXISTS (SELECT FROM changed) OR tracking.after <> '[]'
                RETURNING id""")) {
            ps.setString(1, stateBefore);
            ps.setArray(2, conn.createArrayOf("text", trackedJids));
            ps.setString(3, command);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }
}
