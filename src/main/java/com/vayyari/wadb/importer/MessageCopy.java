package com.vayyari.wadb.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams an export's messages into one {@code COPY … FROM STDIN}, a row per message as the caller lays it
 * out. On any failure — the database's or the file's — the COPY is cancelled before the exception leaves,
 * so the connection is usable for the rollback.
 */
final class MessageCopy {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int PROGRESS_EVERY = 1 << 13;

    /** Lays out one message as a COPY row. */
    @FunctionalInterface
    interface RowLayout {
        void write(CopyTextRows out, ParsedMessage message) throws IOException;
    }

    private MessageCopy() {
    }

    /** Runs the COPY over every message; returns how many rows were sent. */
    static long run(Connection connection, String copySql, ParsedExport messages, ImportProgress progress,
            RowLayout layout) throws SQLException {
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER_BYTES);
        long rows = 0;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_BYTES);
            CopyTextRows out = new CopyTextRows(writer);
            while (messages.hasNext()) {
                layout.write(out, messages.next());
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.update(messages.linesRead(), messages.totalLines());
                }
            }
            writer.close();
        } catch (IOException e) {
            SQLException cause = sqlCause(e);
            throw cause != null ? cause : new SQLException("COPY failed: " + e.getMessage(), e);
        } finally {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
        }
        progress.update(messages.linesRead(), messages.totalLines());
        return rows;
    }

    /**
     * The columns both COPY targets share, in this order: sender_jid, sender_name, is_from_me, content,
     * media_type, media_url, timestamp. A message whose file came with the export takes the file's kind.
     */
    static CopyTextRows messageColumns(CopyTextRows out, ParsedMessage m, MediaLibrary.MediaFile file) {
        return out.text(m.senderJid())
                .text(m.senderName())
                .bool(m.fromMe())
                .text(m.text())
                .text(file == null ? m.mediaType() : MediaTypes.mediaType(m.mediaFileName()))
                .text(file == null ? null : file.url())
                .number(m.epochSecond());
    }

    /** The server's own error behind a failed write, which keeps its SQLSTATE. */
    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
