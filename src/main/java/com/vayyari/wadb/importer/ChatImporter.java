package com.vayyari.wadb.importer;

import com.vayyari.wadb.db.DirectCopyConflict;
import com.vayyari.wadb.db.Transactions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Loads a chat export into the database in one transaction: the chat row, the messages through COPY — straight
 * into {@code messages} for a chat that has none yet, else into a staging table merged with
 * {@code INSERT … ON CONFLICT DO NOTHING} — then the zip's media files. A bad file or a failed statement rolls
 * everything back; a dry run rolls back what it did.
 *
 * <p>The importer owns the transaction: hand it a connection with no transaction open (on one with a
 * transaction open it refuses, with IllegalStateException, rather than commit it). Its auto-commit setting
 * is restored afterwards.
 */
public final class ChatImporter {

    /** A name given by the user replaces the chat's; a name guessed from the file only fills a new chat's. */
    private static final String UPSERT_CHAT = "INSERT INTO chats (jid, name, is_group) VALUES (?, ?, ?) "
            + "ON CONFLICT (jid) DO UPDATE SET name = EXCLUDED.name, updated_at = now() "
            + "WHERE ? AND chats.name IS DISTINCT FROM EXCLUDED.name";

    private static final String HAS_MESSAGES = "SELECT EXISTS (SELECT 1 FROM messages WHERE jid = ?)";

    private final Connection connection;

    public ChatImporter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Imports a {@code .txt} or {@code .zip} export into a chat.
     *
     * @param chatName the chat's name, or null to keep it (a new chat is then named from the file name, if
     *                 WhatsApp wrote one: {@code WhatsApp Chat with Alice})
     * @throws ImportException when the file cannot be imported; the database is unchanged
     * @throws SQLException    when the database fails; the database is unchanged
     */
    public ImportReport importFile(Path file, String chatJid, String chatName, ParseOptions parseOptions,
            ImportOptions options) throws SQLException {
        Chat.requireJid(chatJid);
        // The first pass (open) before any extraction: a file that is no chat must not leave media behind.
        try (ChatExportFile export = ChatExportFile.open(file);
                ParsedExport messages = new ChatExportParser(parseOptions).open(export.text())) {
            try {
                MediaLibrary media = export.media(options);
                return load(new Chat(chatJid, chatName != null ? chatName : export.chatNameHint(), chatName != null),
                        messages, media, options);
            } catch (RuntimeException | SQLException e) {
                export.discardExtracted();
                throw e;
            }
        }
    }

    /**
     * Imports opened messages (and their media files) into a chat: for sources other than a file on disk.
     *
     * @param messages not iterated yet; read here to the end (and, should a first import meet a repeated id,
     *                 read again from the same source)
     * @param chatName the chat's name, or null to keep it
     */
    public ImportReport importMessages(String chatJid, String chatName, ParsedExport messages, MediaLibrary media,
            ImportOptions options) throws SQLException {
        return load(new Chat(chatJid, chatName, chatName != null), messages, media, options);
    }

    private record Chat(String jid, String name, boolean nameGiven) {
        Chat {
            requireJid(jid);
        }

        static void requireJid(String jid) {
            if (jid == null || jid.isBlank()) {
                throw new ImportException("a chat JID is needed to import into, e.g. 919876543210@s.whatsapp.net");
            }
        }
    }

    private ImportReport load(Chat chat, ParsedExport messages, MediaLibrary media, ImportOptions options)
            throws SQLException {
        try {
            return load(chat, messages, media, options, true);
        } catch (DirectCopyConflict e) {
            try (ParsedExport again = messages.reopen()) {
                return load(chat, again, media, options, false);
            }
        }
    }

    /** One transaction; {@code direct}: COPY straight into {@code messages} when the chat has none yet. */
    private ImportReport load(Chat chat, ParsedExport messages, MediaLibrary media, ImportOptions options,
            boolean direct) throws SQLException {
        return Transactions.inTransaction(connection, tx -> {
            if (options.dryRun()) {
                // Always rolled back below: in a read-only session (default_transaction_read_only) this one
                // transaction may write, so that the server counts what would be imported.
                try (java.sql.Statement st = connection.createStatement()) {
                    st.execute("SET TRANSACTION READ WRITE");
                }
            }
            upsertChat(chat);
            LoadResult result = !direct || hasMessages(chat.jid())
                    ? new StagingTable(connection).load(chat.jid(), messages, media, options.progress())
                    : DirectCopyConflict.copying(() -> new DirectLoad(connection).load(chat.jid(), messages, media,
                            options.progress()));
            ParseReport parse = result.parse();
            if (options.strict() && parse.unparsedCount() > 0) {
                String foreign = parse.foreignHeaders() == 0 ? ""
                        : ", " + parse.foreignHeaders() + " headers in another layout than the file's";
                throw new ImportException(parse.unparsedCount() + " unreadable lines in " + parse.source()
                        + " (first at line " + parse.unparsedLines().get(0) + foreign + "); nothing imported");
            }
            if (options.dryRun()) {
                tx.rollBackAtEnd();
            }
            return new ImportReport(parse, chat.jid(), result.inserted(), result.sent() - result.inserted(),
                    result.mediaRows(), options.dryRun());
        });
    }

    private boolean hasMessages(String chatJid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HAS_MESSAGES)) {
            ps.setString(1, chatJid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void upsertChat(Chat chat) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_CHAT)) {
            ps.setString(1, chat.jid());
            ps.setString(2, chat.name());
            ps.setBoolean(3, chat.jid().endsWith("@g.us"));
            ps.setBoolean(4, chat.nameGiven());
            ps.executeUpdate();
        }
    }
}
