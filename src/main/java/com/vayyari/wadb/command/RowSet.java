package com.vayyari.wadb.command;

import com.vayyari.wadb.sql.Identifiers;
import java.util.List;
import java.util.Map;

/**
 * Rows of one table that a state change may touch: either the rows with the given keys (present or not yet),
 * or the rows a condition selects when the change starts. Only the tables state changes are allowed to write
 * are known here, each with its primary key.
 *
 * @param table the table
 * @param keys  the keys, or {@code null} when {@code where} selects the rows
 * @param where the condition on {@code t} (the table's alias), for {@code keys == null}
 */
record RowSet(String table, List<String> keys, String where) {

    /** The tables state changes may write, with their primary key columns. */
    static final Map<String, String> KEY_COLUMNS = Map.of(
            "chats", "jid",
            "chat_tracking_state", "jid",
            "processing_state", "id");

    RowSet {
        if (!KEY_COLUMNS.containsKey(table)) {
            throw new IllegalArgumentException("not a table state changes may write: " + table);
        }
        keys = keys == null ? null : List.copyOf(keys);
    }

    static RowSet of(String table, List<String> keys) {
        return new RowSet(table, keys, null);
    }

    static RowSet where(String table, String condition) {
        return new RowSet(table, null, condition);
    }

    String keyColumn() {
        return KEY_COLUMNS.get(table);
    }

    /** Locks and reads the rows as they are before the change: key, then the whole row as jsonb text. */
    Query lockAndRead() {
        if (keys == null) {
            return Query.of(select() + " WHERE " + where + " ORDER BY 1 FOR UPDATE");
        }
        return read(keys, true);
    }

    /** Reads the rows with {@code keys}, locking them when asked. */
    Query read(List<String> rowKeys, boolean lock) {
        return Query.of(select() + " WHERE t." + Identifiers.quote(keyColumn()) + "::text = ANY(?) ORDER BY 1"
                + (lock ? " FOR UPDATE" : ""), (Object) rowKeys.toArray(String[]::new));
    }

    private String select() {
        return "SELECT t." + Identifiers.quote(keyColumn()) + "::text, to_jsonb(t)::text FROM "
                + Identifiers.quote(table) + " t";
    }
}
