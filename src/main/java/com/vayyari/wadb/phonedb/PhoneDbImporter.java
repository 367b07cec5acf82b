package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code wadb import msgstore.db}: imports WhatsApp's own database of a phone — Android {@code msgstore.db} of any
 * generation, or iOS {@code ChatStorage.sqlite} — into {@code chats}, {@code messages} and {@code media_files}. The file is only ever read.
 *
 * <p>The importer owns the transaction: hand it a connection with no transaction open.
 */
public final class PhoneDbImporter {

    private static final String MSGSTORE = "msgstore";
    private static final String CHATSTORAGE = "chatstorage";

    private final Connection connection;

    public PhoneDbImporter(Connection connection) {
        this.connection = connection;
    }

    /**
     * @throws ImportException when the file cannot be imported (encrypted, not WhatsApp's); the database is unchanged
     * @throws SQLException    when the database fails; the database is unchanged
     */
    public PhoneImportReport importFile(Path file, PhoneImportOptions options) throws IOException, SQLException {
        if (options.format() != null && !options.format().equals(MSGSTORE) && !options.format().equals(CHATSTORAGE)) {
            throw new ImportException("--format must be msgstore or chatstorage, not " + options.format());
        }
        SourceFiles.requireSqlite(file);
        ContactNames names = options.contacts() == null ? ContactNames.none() : ContactNames.read(options.contacts());
        try (SqliteSource source = SqliteSource.open(file)) {
            MessageSource messages = open(source, file, options.format());
            return new PhoneLoader(connection, options, names).load(file.getFileName().toString(), messages);
        } catch (SQLException e) {
            if (e.getClass().getName().startsWith("org.sqlite.")) {
                throw new ImportException(file.getFileName() + ": reading it failed (" + e.getMessage() + ")", e);
            }
            throw e;
        }
    }

    private static MessageSource open(SqliteSource source, Path file, String format) throws SQLException {
        boolean ios = source.hasTable("ZWAMESSAGE");
        boolean legacy = source.hasTable("messages") && source.hasColumn("messages", "key_remote_jid");
        boolean modern = source.hasTable("message") && source.hasColumn("message", "chat_row_id");
        if (ios) {
            return new IosMessages(source);
        }
        if (CHATSTORAGE.equals(format)) {
            throw new ImportException(file.getFileName() + " is not an iOS ChatStorage.sqlite (no ZWAMESSAGE table)");
        }
        if (!legacy && !modern) {
            throw new ImportException(file.getFileName() + " is an SQLite database but not WhatsApp's msgstore.db"
                    + " (no messages or message table)");
        }
        boolean legacyRows = legacy && source.any("SELECT 1 FROM messages WHERE key_remote_jid <> '-1' LIMIT 1");
        boolean modernRows = modern && source.any("SELECT 1 FROM message WHERE chat_row_id <> -1 LIMIT 1");
        // Where the rows are decides: a transitional file has both tables, its rows still in messages.
        if (!legacy || (modernRows && !legacyRows)) {
            return new ModernMessages(source);
        }
        return new LegacyMessages(source, modern ? Generation.TRANSITIONAL : Generation.LEGACY);
    }
}
