package com.vayyari.wadb.importer;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams an export's messages into one {@code COPY … FROM STDIN}, a row per message as the caller lays it
 * out. On any failure — the database's or the file's — the COPY is cancelled before the exception leaves,
 * so the connection is usable for the rollback.
 */
final class MessageCopy {

    private static final int PROGRESS_EVERY = 1 << 13;
    private static final String EDITED = "{\"edited\": true}";
    private static final String NO_METADATA = "{}";

    /** Lays out one message as a COPY row. */
    @FunctionalInterface
    interface RowLayout {
        void write(CopyInWriter out, ParsedMessage message) throws SQLException;
    }

    private MessageCopy() {
    }

    /**
     * Runs the COPY into {@code table (columns)} over every message and WhatsApp line; returns how many people's
     * messages were sent (what the import report counts).
     */
    static long run(Connection connection, String table, String columns, ParsedExport messages,
            ImportProgress progress, RowLayout layout) throws SQLException {
        long rows = 0;
        long peoples = 0;
        try (CopyInWriter out = CopyInWriter.open(connection, table, columns)) {
            while (messages.hasNext()) {
                ParsedMessage message = messages.next();
                layout.write(out, message);
                if (!message.isWhatsAppLine()) {
                    peoples++;
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.update(messages.linesRead(), messages.totalLines());
                }
            }
            out.finish();
        }
        progress.update(messages.linesRead(), messages.totalLines());
        return peoples;
    }

    /**
     * {@code messages.metadata}: {@code edited} when WhatsApp marked the message so, {@code kind} for its own
     * lines. Kinds are the table's fixed labels, so the JSON is written as text, not through a library.
     */
    static String metadata(ParsedMessage m) {
        if (m.kind() == null) {
            return m.edited() ? EDITED : NO_METADATA;
        }
        return m.edited() ? "{\"kind\": \"" + m.kind() + "\", \"edited\": true}" : "{\"kind\": \"" + m.kind() + "\"}";
    }

    /**
     * The columns both COPY targets share, in this order: sender_jid, sender_name, is_from_me, content,
     * media_type, media_url, timestamp. A message whose file came with the export takes the file's kind.
     */
    static CopyInWriter messageColumns(CopyInWriter out, ParsedMessage m, MediaLibrary.MediaFile file)
            throws SQLException {
        return out.text(m.senderJid())
                .text(m.senderName())
                .bool(m.fromMe())
                .text(m.text())
                .text(file == null ? m.mediaType() : MediaTypes.mediaType(m.mediaFileName()))
                .text(file == null ? null : file.url())
                .number(m.epochSecond());
    }
}
