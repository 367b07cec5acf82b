package com.vayyari.wadb.phonedb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Messages imported earlier from a chat export ({@code imp-…} ids, which exports force since they carry none) that
 * the phone's database holds too: the export's row takes the database's id, sender, exact second and metadata, so
 * the same message is one row whichever came first — a user can start with exports and move to the database.
 *
 * <p>An export has no ids, so a pair is matched on chat, time to the minute (an export's precision) and text, and
 * on the sender where both sides name one; repeats of the same text in the same minute pair up in order. Only
 * people's messages with text are matched: WhatsApp's own lines and attachments without a caption differ between
 * the two sources. The export's old id is kept in {@code metadata.export_id}; its media rows follow the new id.
 */
final class ExportMatches {

    private static final String STAGING = MessageRows.STAGING;
    private static final String ADOPT = "WITH exported AS (SELECT m.id, m.message_id AS old_id, m.jid, m.content, "
            + "m.sender_jid, m.is_from_me, m.\"timestamp\" / 60 AS minute, row_number() OVER (PARTITION BY m.jid, "
            + "m.\"timestamp\" / 60, m.content ORDER BY m.id) AS n FROM messages m "
            + "WHERE m.message_id LIKE 'imp-%' AND m.content IS NOT NULL AND NOT m.metadata ? 'kind' "
            + "AND m.jid IN (SELECT DISTINCT jid FROM " + STAGING + ")), "
            + "phone AS (SELECT s.message_id, s.jid, s.content, s.sender_jid, s.is_from_me, s.\"timestamp\", "
            + "s.media_type, s.metadata, s.\"timestamp\" / 60 AS minute, row_number() OVER (PARTITION BY s.jid, "
            + "s.\"timestamp\" / 60, s.content ORDER BY s.\"timestamp\", s.message_id) AS n FROM " + STAGING + " s "
            + "WHERE s.content IS NOT NULL AND NOT s.metadata ? 'kind' "
            + "AND NOT EXISTS (SELECT 1 FROM messages x WHERE x.message_id = s.message_id)), "
            + "pairs AS (SELECT e.id, e.old_id, p.message_id, p.sender_jid, p.is_from_me, p.\"timestamp\", p.media_type, "
            + "p.metadata FROM exported e JOIN phone p ON p.jid = e.jid AND p.minute = e.minute "
            + "AND p.content = e.content AND p.n = e.n "
            + "WHERE (e.sender_jid IS NULL OR p.sender_jid IS NULL OR e.sender_jid = p.sender_jid) "
            + "AND (NOT e.is_from_me OR p.is_from_me)), "
            + "renamed AS (UPDATE messages m SET message_id = p.message_id, sender_jid = coalesce(p.sender_jid, m.sender_jid), "
            + "is_from_me = p.is_from_me, \"timestamp\" = p.\"timestamp\", media_type = coalesce(m.media_type, p.media_type), "
            + "metadata = m.metadata || p.metadata || jsonb_build_object('export_id', p.old_id) "
            + "FROM pairs p WHERE m.id = p.id RETURNING p.old_id, p.message_id), "
            + "moved AS (UPDATE media_files f SET message_id = r.message_id FROM renamed r WHERE f.message_id = r.old_id) "
            + "SELECT count(*) FROM renamed";

    private ExportMatches() {
    }

    /** Gives the matching export rows their database ids; returns how many. Run before the staging merge. */
    static long adopt(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(ADOPT)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
