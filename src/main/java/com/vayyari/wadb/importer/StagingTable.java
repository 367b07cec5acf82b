package com.vayyari.wadb.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The temporary table an import is COPYed into before it is merged into {@code messages} and
 * {@code media_files}: COPY is the fast way in, and merging with {@code ON CONFLICT DO NOTHING} is what makes
 * importing the same messages again add nothing. Dropped at the end of the transaction.
 */
final class StagingTable {

    private static final String TABLE = "wadb_import_staging";
    private static final String PRESENT = "wadb_import_present";
    private static final String COLUMNS = "message_id, sender_jid, sender_name, is_from_me, content, media_type, "
            + "media_url, \"timestamp\", edited, media_file_name, media_mime_type, media_file_size";
    private static final String CREATE = "CREATE TEMP TABLE " + TABLE + " (message_id text NOT NULL, sender_jid text, "
            + "sender_name text, is_from_me boolean NOT NULL, content text, media_type text, media_url text, "
            + "\"timestamp\" bigint NOT NULL, edited boolean NOT NULL, media_file_name text, media_mime_type text, "
            + "media_file_size bigint) ON COMMIT DROP";
    private static final String COPY = "COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN";
    private static final String ANALYZE = "ANALYZE " + TABLE;
    /**
     * Messages the database has already, found in a statement of their own: PostgreSQL computes the generated
     * tsvector of every row it tries to insert before it finds the conflict, so leaving them out of the insert
     * makes re-importing cheap. (A NOT EXISTS on messages inside the insert itself could scan the very table
     * the statement fills, row after row.)
     */
    private static final String FIND_PRESENT = "CREATE TEMP TABLE " + PRESENT + " ON COMMIT DROP AS SELECT s.message_id "
            + "FROM " + TABLE + " s JOIN messages m ON m.message_id = s.message_id";
    /** ON CONFLICT still covers duplicates within the export and a concurrent import of the same messages. */
    private static final String INSERT_MESSAGES = "INSERT INTO messages (message_id, jid, sender_jid, sender_name, "
            + "is_from_me, content, media_type, media_url, \"timestamp\", metadata) "
            + "SELECT message_id, ?, sender_jid, sender_name, is_from_me, content, media_type, media_url, \"timestamp\", "
            + "CASE WHEN edited THEN '{\"edited\": true}'::jsonb ELSE '{}'::jsonb END FROM " + TABLE + " s "
            + "WHERE NOT EXISTS (SELECT 1 FROM " + PRESENT + " p WHERE p.message_id = s.message_id) "
            + "ON CONFLICT (message_id) DO NOTHING";
    /** Keyed on the message, not on this run's inserts: a zip imported after its .txt still gets its media rows. */
    private static final String INSERT_MEDIA = "INSERT INTO media_files (message_id, jid, media_type, mime_type, "
            + "file_name, file_size, minio_url) SELECT s.message_id, ?, s.media_type, s.media_mime_type, "
            + "s.media_file_name, s.media_file_size, s.media_url FROM " + TABLE + " s "
            + "WHERE s.media_file_size IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM media_files f WHERE f.message_id = s.message_id)";
    private static final String LINK_MEDIA = "UPDATE messages m SET media_url = s.media_url, media_type = s.media_type "
            + "FROM " + TABLE + " s WHERE m.message_id = s.message_id AND m.jid = ? "
            + "AND m.media_url IS NULL AND s.media_url IS NOT NULL";

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int PROGRESS_EVERY = 1 << 13;

    private final Connection connection;

    StagingTable(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute(CREATE);
        }
    }

    /** COPYs every message of the export in, with its id and media file; returns how many. */
    long copy(ParsedExport messages, MessageIds ids, MediaLibrary media, ImportProgress progress) throws SQLException {
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER_BYTES);
        long rows = 0;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_BYTES);
            CopyTextRows out = new CopyTextRows(writer);
            for (Iterator<ParsedMessage> it = messages; it.hasNext(); ) {
                write(out, it.next(), ids, media);
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.update(messages.linesRead(), messages.totalLines());
                }
            }
            writer.close();
        } catch (IOException e) {
            throw new SQLException("COPY into the staging table failed: " + e.getMessage(), e);
        } finally {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
        }
        progress.update(messages.linesRead(), messages.totalLines());
        try (Statement st = connection.createStatement()) {
            st.execute(ANALYZE);
        }
        return rows;
    }

    private static void write(CopyTextRows out, ParsedMessage m, MessageIds ids, MediaLibrary media) throws IOException {
        MediaLibrary.MediaFile file = m.mediaFileName() == null ? null : media.find(m.mediaFileName());
        out.text(ids.next(m))
                .text(m.senderJid())
                .text(m.senderName())
                .bool(m.fromMe())
                .text(m.text())
                .text(file == null ? m.mediaType() : MediaTypes.mediaType(m.mediaFileName()))
                .text(file == null ? null : file.url())
                .number(m.epochSecond())
                .bool(m.edited())
                .text(file == null ? null : m.mediaFileName())
                .text(file == null ? null : file.mimeType())
                .number(file == null ? null : file.size())
                .endRow();
    }

    /** Adds the staged messages the database does not have yet; returns how many were new. */
    long insertMessages(String chatJid) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(FIND_PRESENT);
        }
        return update(INSERT_MESSAGES, chatJid);
    }

    /** Adds {@code media_files} rows for staged messages that have a file and no row yet; returns how many. */
    long insertMedia(String chatJid) throws SQLException {
        update(LINK_MEDIA, chatJid);
        return update(INSERT_MEDIA, chatJid);
    }

    private long update(String sql, String chatJid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, chatJid);
            return ps.executeLargeUpdate();
        }
    }
}
