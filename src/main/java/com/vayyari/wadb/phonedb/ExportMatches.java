package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ExportMatchRule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Messages imported earlier from a chat export ({@code imp-…} ids, which exports force since they carry none) that
 * the phone's database holds too: the export's row takes the database's id, sender, exact second and metadata, so
 * the same message is one row whichever came first — a user can start with exports and move to the database.
 *
 * <p>What a pair is, {@link ExportMatchRule} says, for this direction and for an export imported after the
 * database. The export's old id is kept in {@code metadata.export_id}; its media rows follow the new id.
 */
final class ExportMatches {

    private static final String STAGING = MessageRows.STAGING;
    private static final String KIND = "m.metadata ->> 'kind'";
    private static final String PHONE_KIND = "s.metadata ->> 'kind'";
    private static final String ADOPT = "WITH exported AS (SELECT m.id, m.message_id AS old_id, m.jid, m.sender_jid, "
            + "m.is_from_me, m.media_type, " + ExportMatchRule.exportKey("m.jid", "m", KIND, "m.id") + " FROM messages m "
            + "WHERE m.message_id LIKE 'imp-%' AND " + ExportMatchRule.exportTakesPart("m", KIND)
            + " AND m.jid IN (SELECT DISTINCT jid FROM " + STAGING + ")), "
            + "phone AS (SELECT s.message_id, s.jid, s.sender_jid, s.is_from_me, s.\"timestamp\", "
            + "s.media_type, s.metadata, " + ExportMatchRule.databaseKey("s", PHONE_KIND) + " FROM " + STAGING + " s "
            + "WHERE " + ExportMatchRule.databaseTakesPart("s", PHONE_KIND)
            + " AND NOT EXISTS (SELECT 1 FROM messages x WHERE x.message_id = s.message_id)), "
            + "pairs AS (SELECT e.id, e.old_id, p.message_id, p.sender_jid, p.is_from_me, p.\"timestamp\", p.media_type, "
            + "p.metadata FROM exported e JOIN phone p ON " + ExportMatchRule.SAME_MESSAGE + "), "
            + "renamed AS (UPDATE messages m SET message_id = p.message_id, sender_jid = coalesce(p.sender_jid, m.sender_jid), "
            + "is_from_me = p.is_from_me, \"timestamp\" = p.\"timestamp\", "
            + "media_type = " + ExportMatchRule.mediaType("m.media_type", "p.media_type") + ", "
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
