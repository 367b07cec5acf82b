package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One recorded change of wadb's state tables, run inside the caller's transaction: lock, read the rows as they
 * are, check, change, read them again, and (unless a dry run) record before and after in state_changes. The
 * statements {@link #plan()} lists for --explain are the ones {@link #run} executes.
 */
final class StateChange {

    /** Looks at the rows before anything changes; throws to refuse the change. */
    @FunctionalInterface
    interface Check {
        void rows(Map<String, String> before);
    }

    private final String command;
    private final List<Query> locks = new ArrayList<>();
    private final List<RowSet> rowSets = new ArrayList<>();
    private final List<Query> changes = new ArrayList<>();
    private Check check = before -> { };
    private Consumer<List<RowChange>> verify = touched -> { };
    private Long undoes;

    StateChange(String command) {
        this.command = command;
    }

    /** Locks the chats a change is about, so changes of the same chat run one after the other. */
    static Query lockChats(String[] jids) {
        return Query.of("SELECT jid FROM chats WHERE jid = ANY(?) ORDER BY jid FOR NO KEY UPDATE", (Object) jids);
    }

    /**
     * Holds processing_state (FOR SHARE) while a change of chat tracking rows runs. {@code resume --from-now}
     * locks that row FOR UPDATE, then changes every tracking row whose mode differs — in a statement that sees
     * rows committed after it locked and read its set. Holding the row makes such a resume run wholly before or
     * after this change, so it never changes a tracking row it has not locked and recorded.
     */
    static Query holdProcessingState() {
        return Query.of("SELECT id FROM processing_state WHERE id = 1 FOR SHARE");
    }

    /** A statement run first, to serialize with concurrent changes (e.g. {@code FOR NO KEY UPDATE} on chats). */
    StateChange lock(Query query) {
        locks.add(query);
        return this;
    }

    StateChange rows(RowSet rows) {
        rowSets.add(rows);
        return this;
    }

    StateChange change(Query query) {
        changes.add(query);
        return this;
    }

    StateChange check(Check rowsCheck) {
        this.check = rowsCheck;
        return this;
    }

    /** Looks at every touched row after the change, before it is recorded; throws to refuse the change. */
    StateChange verify(Consumer<List<RowChange>> touchedCheck) {
        this.verify = touchedCheck;
        return this;
    }

    /** Marks this change as the undo of change {@code id}. */
    StateChange undoing(long id) {
        this.undoes = id;
        return this;
    }

    /** What {@link #run} and {@link #record} execute, in order. */
    List<Query> plan() {
        List<Query> plan = new ArrayList<>(locks);
        rowSets.forEach(rows -> plan.add(rows.lockAndRead()));
        plan.addAll(changes);
        rowSets.forEach(rows -> plan.add(rows.keys() == null ? rows.read(List.of("<keys read above>"), false)
                : rows.read(rows.keys(), false)));
        plan.add(recordQuery("[…rows before…]", "[…rows after…]"));
        if (undoes != null) {
            plan.add(markUndone(0, undoes));
        }
        return plan;
    }

    /** Makes the change in {@code c}'s open transaction; returns every row it touched, changed or not. */
    List<RowChange> run(Connection c) throws SQLException {
        for (Query lock : locks) {
            execute(c, lock);
        }
        List<Map<String, String>> before = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>();
        for (RowSet rows : rowSets) {
            Map<String, String> found = read(c, rows.lockAndRead());
            before.add(found);
            found.forEach((key, row) -> all.put(rows.table() + ":" + key, row));
        }
        check.rows(all);
        for (Query change : changes) {
            execute(c, change);
        }
        List<RowChange> touched = new ArrayList<>();
        for (int i = 0; i < rowSets.size(); i++) {
            RowSet rows = rowSets.get(i);
            List<String> keys = rows.keys() != null ? rows.keys() : new ArrayList<>(before.get(i).keySet());
            Map<String, String> after = read(c, rows.read(keys, false));
            for (String key : keys) {
                touched.add(new RowChange(rows.table(), key, before.get(i).get(key), after.get(key)));
            }
        }
        verify.accept(touched);
        return touched;
    }

    /** Writes the changed rows to state_changes; returns the change's id. */
    long record(Connection c, List<RowChange> changed) throws SQLException {
        Query insert = recordQuery(RowChange.toJson(changed, false), RowChange.toJson(changed, true));
        long id;
        try (PreparedStatement ps = prepare(c, insert); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        if (undoes != null) {
            try (PreparedStatement ps = prepare(c, markUndone(id, undoes))) {
                if (ps.executeUpdate() != 1) {
                    throw WadbException.command("change " + undoes + " was undone meanwhile; nothing was changed");
                }
            }
        }
        return id;
    }

    private static Query markUndone(long id, long undone) {
        return Query.of("UPDATE state_changes SET undone_by = ? WHERE id = ? AND undone_by IS NULL", id, undone);
    }

    /**
     * The record, timed by its own statement as the changes are ({@code statement_timestamp()}, not the
     * transaction's start): it runs after the rows are locked, so each row's changes are in time order even when
     * a change that began earlier waited for a later one.
     */
    private Query recordQuery(String rowsBefore, String rowsAfter) {
        return Query.of("INSERT INTO state_changes (changed_at, command, rows_before, rows_after, undoes)"
                + " VALUES (statement_timestamp(), ?, ?::jsonb, ?::jsonb, ?) RETURNING id",
                command, rowsBefore, rowsAfter, undoes);
    }

    private static Map<String, String> read(Connection c, Query query) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, query); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    static void execute(Connection c, Query query) throws SQLException {
        try (PreparedStatement ps = prepare(c, query)) {
            ps.execute();
        }
    }

    static PreparedStatement prepare(Connection c, Query query) throws SQLException {
        PreparedStatement ps = c.prepareStatement(query.sql());
        for (int i = 0; i < query.params().size(); i++) {
            Object value = query.params().get(i);
            if (value instanceof String[] array) {
                ps.setArray(i + 1, c.createArrayOf("text", array));
            } else if (value == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, value);
            }
        }
        return ps;
    }
}
