package com.vayyari.wadb.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Messages of an export that the chat holds already under another id than the ones this importer makes — imported
 * from the phone's database, or from an export the database import then gave its ids — paired by
 * {@link ExportMatchRule}. The staged row takes that id, so the merge finds it present and leaves the database's row
 * as it is: the same message is one row whichever came first, and importing the export again pairs it again.
 */
final class DatabaseMatches {

    private static final String KIND = "m.metadata ->> 'kind'";

    /**
     * Staged rows already stored under their own id are left out, so they cannot claim a database row a repeat of
     * theirs should pair with; that id names the chat, so only the chat's rows are looked at (through its index,
     * not a scan of every message). The database's rows are read through the (jid, timestamp) index over the
     * export's time span widened by a minute each way: whole minutes, so the ordinals count every row of each
     * minute the export has.
     */
    private static final String ADOPT_IDS = "WITH span AS (SELECT min(\"timestamp\") - 60 AS first, "
            + "max(\"timestamp\") + 60 AS last FROM " + StagingTable.TABLE + "), "
            + "exported AS (SELECT s.position, ?::text AS jid, s.sender_jid, s.is_from_me, s.media_type, "
            + ExportMatchRule.exportKey("?::text", "s", "s.kind", "s.position") + " FROM " + StagingTable.TABLE + " s "
            + "WHERE " + ExportMatchRule.exportTakesPart("s", "s.kind")
            + " AND NOT EXISTS (SELECT 1 FROM messages x WHERE x.jid = ? AND x.message_id = s.message_id)), "
            + "stored AS (SELECT m.message_id, m.jid, m.sender_jid, m.is_from_me, m.media_type, "
            + ExportMatchRule.databaseKey("m", KIND) + " FROM messages m, span "
            + "WHERE m.jid = ? AND m.\"timestamp\" BETWEEN span.first AND span.last AND m.message_id NOT LIKE ? "
            + "AND " + ExportMatchRule.databaseTakesPart("m", KIND) + "), "
            + "pairs AS (SELECT e.position, p.message_id FROM exported e JOIN stored p ON " + ExportMatchRule.SAME_MESSAGE + ") "
            + "UPDATE " + StagingTable.TABLE + " s SET message_id = pairs.message_id FROM pairs "
            + "WHERE s.position = pairs.position";

    private DatabaseMatches() {
    }

    /** Gives the staged rows that pair with a database row that row's id; returns how many. Run before the merge. */
    static long adopt(Connection connection, String chatJid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ADOPT_IDS)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, chatJid);
            }
            ps.setString(5, MessageIds.PREFIX + "%");
            return ps.executeLargeUpdate();
        }
    }
}
