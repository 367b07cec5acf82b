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

    /** Lays out one message as a COPY row. */
    @FunctionalInterface
    interface RowLayout {
        void write(CopyInWriter out, ParsedMessage message) throws SQLException;
    }

    private MessageCopy() {
    }

    /** Runs the COPY into {@code table (columns)} over every message; returns how many rows were sent. */
    static long run(Connection connection, String table, String columns, ParsedExport messages,
            ImportProgress progress, RowLayout layout) throws SQLException {
        long rows = 0;
        try (CopyInWriter out = CopyInWriter.open(connection, table, columns)) {
            while (messages.hasNext()) {
                layout.write(out, messages.next());
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.update(messages.linesRead(), messages.totalLines());
                }
            }
            out.finish();
        }
        progress.update(messages.linesRead(), messages.totalLines());
        return rows;
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
