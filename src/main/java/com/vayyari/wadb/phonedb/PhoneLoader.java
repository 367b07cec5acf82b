package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.db.DirectCopyConflict;
import com.vayyari.wadb.db.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Loads a phone database's chats, messages and media into PostgreSQL in one transaction, the way the text
 * importer does: messages through COPY — straight into {@code messages} when none of the chats has any yet (should
 * an id be there all the same, the transaction runs again the other way: {@link DirectCopyConflict}), else into a
 * staging table merged with {@code INSERT … ON CONFLICT DO NOTHING}, which is what makes a second import add only
 * what is new. A failure or a cancel rolls everything back; a dry run rolls back what it did.
 */
final class PhoneLoader {

    private static final String UPSERT_CHAT = "INSERT INTO chats (jid, name, is_group, metadata) "
            + "VALUES (?, ?, ?, jsonb_build_object('kind', ?::text, 'source', 'phone database')) "
            + "ON CONFLICT (jid) DO UPDATE SET name = EXCLUDED.name, updated_at = now() "
            + "WHERE chats.name IS NULL AND EXCLUDED.name IS NOT NULL RETURNING (xmax = 0)";
    private static final String ANY_MESSAGES = "SELECT EXISTS (SELECT 1 FROM messages WHERE jid = ANY (?))";

    private final Connection connection;
    private final PhoneImportOptions options;
    private final ContactNames names;

    PhoneLoader(Connection connection, PhoneImportOptions options, ContactNames names) {
        this.connection = connection;
        this.options = options;
        this.names = names;
    }

    PhoneImportReport load(String fileName, MessageSource source) throws SQLException {
        try {
            return load(fileName, source, true);
        } catch (DirectCopyConflict e) {
            return load(fileName, source, false);
        }
    }

    /** One transaction; {@code direct}: COPY straight into {@code messages} when none of the chats has messages. */
    private PhoneImportReport load(String fileName, MessageSource source, boolean direct) throws SQLException {
        return Transactions.inTransaction(connection, tx -> {
            if (options.dryRun()) {
                // Rolled back below; in a read-only session this one transaction may write, to count for real.
                execute("SET TRANSACTION READ WRITE");
            }
            List<String> chatJids = new ArrayList<>();
            long newChats = upsertChats(source.chats(), chatJids);
            MessageRows rows = direct && !anyMessages(chatJids) ? direct(source) : staged(source);
            long mediaRows = new MediaRows(connection, options.mediaUrlPrefix()).insert(rows.media(), rows.fresh());
            if (options.dryRun()) {
                tx.rollBackAtEnd();
            }
            MessageRows.Counts c = rows.inserted();
            return new PhoneImportReport(fileName, source.generation().label(), chatJids.size(), newChats,
                    rows.read(), c.total(), rows.fromExports(), c.peoples(), c.system(), c.deleted(), c.calls(),
                    mediaRows, options.dryRun());
        });
    }

    private long upsertChats(Collection<PhoneChat> chats, List<String> kept) throws SQLException {
        long added = 0;
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_CHAT)) {
            for (PhoneChat chat : chats) {
                if (!options.wants(chat.jid())) {
                    continue;
                }
                kept.add(chat.jid());
                ps.setString(1, chat.jid());
                ps.setString(2, chat.name() != null ? chat.name() : names.name(chat.jid()));
                ps.setBoolean(3, chat.isGroup());
                ps.setString(4, chat.kind());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private boolean anyMessages(List<String> chatJids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ANY_MESSAGES)) {
            ps.setArray(1, connection.createArrayOf("text", chatJids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * COPY straight into {@code messages}; should the file repeat a key_id (a message sent to a broadcast list
     * is in each recipient's chat under one id) or another chat already hold one, the transaction fails with
     * {@link DirectCopyConflict} and {@link #load} runs it again through the staging table.
     */
    private MessageRows direct(MessageSource source) throws SQLException {
        return DirectCopyConflict.copying(() -> {
            MessageRows rows = new MessageRows(connection, names, options);
            rows.copyInto(MessageRows.MESSAGES, source);
            return rows.allInserted();
        });
    }

    private MessageRows staged(MessageSource source) throws SQLException {
        MessageRows rows = new MessageRows(connection, names, options);
        execute(MessageRows.CREATE_STAGING);
        rows.copyInto(MessageRows.STAGING, source);
        execute("ANALYZE " + MessageRows.STAGING);
        return rows.merge();
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
