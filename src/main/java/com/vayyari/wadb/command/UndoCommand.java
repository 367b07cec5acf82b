package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.Identifiers;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "undo", sortOptions = false,
        description = {"Revert a recorded change (see `changes`): its rows are put back exactly as they were,"
                + " if nobody changed them since; otherwise nothing happens and it says which row moved on.",
                "Without ID: the newest change that is neither undone nor an undo itself, so repeated `undo`s"
                        + " walk back. `undo ID` of an undo redoes the change. The undo is recorded too."},
        footer = {"", "Examples:", "  wadb undo", "  wadb undo 42 --dry-run", "  wadb changes && wadb undo 41"})
public final class UndoCommand extends StateCommand {

    /** Restored in this order: parents before children, so foreign keys hold in between. */
    private static final List<String> TABLE_ORDER = List.of("processing_state", "chats", "chat_tracking_state");

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The change to revert (default: the newest one).")
    Long id;

    public UndoCommand(SessionProvider sessions) {
        super(sessions);
    }

    private record Recorded(long id, String command, List<RowChange> rows) {
    }

    @Override
    int run(Session session) throws IOException {
        Recorded target = find(session);
        if (target == null) {
            say(session, "nothing to undo");
            return 0;
        }
        return change(session, restore(target), outcome -> {
            int rows = outcome.changed().size();
            say(session, "undid change " + target.id() + " (" + target.command() + "): " + rows + " row"
                    + (rows == 1 ? "" : "s") + " restored");
        });
    }

    private StateChange restore(Recorded target) {
        StateChange change = new StateChange("undo " + target.id()).undoing(target.id());
        Set<String> chatKeys = new LinkedHashSet<>();
        target.rows().stream().filter(RowChange::touchesChat).forEach(row -> chatKeys.add(row.key()));
        change.lock(Query.of("SELECT id FROM state_changes WHERE id = ? FOR UPDATE", target.id()))
                .lock(StateChange.lockChats(chatKeys.toArray(String[]::new)));
        for (String table : TABLE_ORDER) {
            List<String> keys = target.rows().stream().filter(r -> r.table().equals(table)).map(RowChange::key).toList();
            if (!keys.isEmpty()) {
                change.rows(RowSet.of(table, keys));
            }
        }
        List<String> deleteOrder = new ArrayList<>(TABLE_ORDER);
        java.util.Collections.reverse(deleteOrder);
        for (String table : deleteOrder) {
            for (RowChange row : rowsOf(target, table)) {
                change.change(delete(table, row.key()));
            }
        }
        for (String table : TABLE_ORDER) {
            for (RowChange row : rowsOf(target, table)) {
                if (row.before() != null) {
                    String type = Identifiers.quote(table);
                    change.change(Query.of("INSERT INTO " + type + " SELECT * FROM jsonb_populate_record(NULL::" + type
                            + ", ?::jsonb)", row.before()));
                }
            }
        }
        return change.check(current -> requireUnchanged(target, current)).verify(touched -> requireRestored(target, touched));
    }

    private static List<RowChange> rowsOf(Recorded target, String table) {
        return target.rows().stream().filter(r -> r.table().equals(table)).toList();
    }

    /** A chat the change created goes only while nothing else hangs on it: never cascade away messages. */
    private static Query delete(String table, String key) {
        String column = Identifiers.quote(RowSet.KEY_COLUMNS.get(table));
        String sql = "DELETE FROM " + Identifiers.quote(table) + " t WHERE t." + column + "::text = ?";
        if (table.equals("chats")) {
            sql += " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.jid = t.jid)"
                    + " AND NOT EXISTS (SELECT 1 FROM media_files f WHERE f.jid = t.jid)";
        }
        return Query.of(sql, key);
    }

    private static void requireUnchanged(Recorded target, Map<String, String> current) {
        for (RowChange row : target.rows()) {
            if (!RowChange.sameRow(current.get(row.table() + ":" + row.key()), row.after())) {
                throw WadbException.command("change " + target.id() + " cannot be undone: " + row.table() + " row "
                        + row.key() + " has changed since (see `changes`); nothing was changed");
            }
        }
    }

    private static void requireRestored(Recorded target, List<RowChange> touched) {
        for (RowChange now : touched) {
            for (RowChange was : target.rows()) {
                if (was.table().equals(now.table()) && was.key().equals(now.key())
                        && !RowChange.sameRow(was.before(), now.after())) {
                    throw WadbException.command("change " + target.id() + " cannot be undone: " + now.table() + " row "
                            + now.key() + " could not be put back (a chat with messages is never deleted);"
                            + " nothing was changed");
                }
            }
        }
    }

    private Recorded find(Session session) {
        String sql = "SELECT id, command, rows_before::text, rows_after::text, undone_by FROM state_changes "
                + (id == null ? "WHERE undone_by IS NULL AND undoes IS NULL ORDER BY id DESC LIMIT 1" : "WHERE id = ?");
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    if (id != null) {
                        throw WadbException.usage("no change " + id + " (see `changes`)");
                    }
                    return null;
                }
                long undoneBy = rs.getLong(5);
                if (!rs.wasNull()) {
                    throw WadbException.usage("change " + rs.getLong(1) + " was already undone by change " + undoneBy
                            + " (undo " + undoneBy + " redoes it)");
                }
                return new Recorded(rs.getLong(1), rs.getString(2), RowChange.fromJson(rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
