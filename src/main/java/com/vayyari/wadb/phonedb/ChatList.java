package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Chats gathered from several tables, one per JID, keeping the first name found. */
final class ChatList {

    private final Map<String, PhoneChat> chats = new LinkedHashMap<>();

    /** How a row of a chat table names its chat: layouts differ (a JID string, a row of the jid table). */
    @FunctionalInterface
    interface JidOf {
        String jid(ResultSet rs) throws SQLException;
    }

    /**
     * Adds the chats of a chat table, read by {@code sql} as (row id, whatever {@code jidOf} reads, name), and
     * records each row id's JID in {@code byRowId}: messages point at their chat by that id.
     */
    void addTable(SqliteSource source, String sql, JidOf jidOf, Map<Long, String> byRowId) throws SQLException {
        Rows.each(source, sql, rs -> {
            String jid = jidOf.jid(rs);
            byRowId.put(rs.getLong(1), jid);
            add(jid, rs.getString(3));
        });
    }

    void add(String jid, String name) {
        if (jid == null) {
            return;
        }
        String cleanName = name == null || name.isBlank() ? null : name;
        PhoneChat known = chats.get(jid);
        if (known == null || (known.name() == null && cleanName != null)) {
            chats.put(jid, new PhoneChat(jid, cleanName));
        }
    }

    Collection<PhoneChat> all() {
        return chats.values();
    }
}
