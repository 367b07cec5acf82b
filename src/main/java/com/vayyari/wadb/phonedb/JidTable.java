package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code jid} table (transitional and modern files), row id to normalised JID. An {@code @lid} (WhatsApp's
 * privacy id) is replaced by the phone JID {@code jid_map} pairs it with, device JIDs fold into the person's, so
 * one person is one {@code sender_jid} however WhatsApp addressed them. A phone has a few thousand JIDs at most.
 */
final class JidTable {

    private final Map<Long, String> byRow = new HashMap<>();
    private final Map<String, String> phoneOfLid = new HashMap<>();

    static JidTable load(SqliteSource source) throws SQLException {
        JidTable table = new JidTable();
        if (!source.hasTable("jid")) {
            return table;
        }
        boolean hasRaw = source.hasColumn("jid", "raw_string");
        try (Statement st = source.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT _id, user, server" + (hasRaw ? ", raw_string" : "") + " FROM jid")) {
            while (rs.next()) {
                String raw = hasRaw ? rs.getString(4) : null;
                String jid = raw != null && raw.contains("@") ? WaJids.normalize(raw)
                        : WaJids.of(rs.getString(2), rs.getString(3));
                if (jid != null) {
                    table.byRow.put(rs.getLong(1), jid);
                }
            }
        }
        if (source.hasTable("jid_map")) {
            try (Statement st = source.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT lid_row_id, jid_row_id FROM jid_map")) {
                while (rs.next()) {
                    String lid = table.byRow.get(rs.getLong(1));
                    String phone = table.byRow.get(rs.getLong(2));
                    if (lid != null && phone != null) {
                        table.phoneOfLid.put(lid, phone);
                    }
                }
            }
        }
        return table;
    }

    /** The JID of a row, with {@code @lid} mapped to the phone JID where the file knows it; null for none. */
    String jid(long rowId) {
        String jid = byRow.get(rowId);
        return jid == null ? null : mapped(jid);
    }

    /** A JID string (legacy columns), mapped the same way. */
    String mapped(String jid) {
        String phone = jid == null ? null : phoneOfLid.get(jid);
        return phone != null ? phone : jid;
    }
}
