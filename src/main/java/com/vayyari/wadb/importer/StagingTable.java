package com.vayyari.wadb.importer;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Import into a chat that has messages already: COPY into a temporary table, then merge into
 * {@code messages} and {@code media_files} leaving out what is there — which is what makes importing the
 * same or a longer export again add only what is new. Messages the chat holds under a database's ids take those
 * ids first ({@link DatabaseMatches}), so an export imported after the phone's database adds only what that lacks.
 * The tables are dropped at the end of the transaction.
 */
final class StagingTable {

    static final String TABLE = "wadb_import_staging";
    private static final String PRESENT = "wadb_import_present";
    private static final String COLUMNS = "message_id, sender_jid, sender_name, is_from_me, content, media_type, "
            + "media_url, \"timestamp\", edited, media_file_name, media_file_type, media_mime_type, media_file_size, kind";
    /** {@code position}: the export's order, which pairs repeats of a message in a minute with the database's. */
    private static final String CREATE = "CREATE TEMP TABLE " + TABLE + " (message_id text NOT NULL, sender_jid text, "
            + "sender_name text, is_from_me boolean NOT NULL, content text, media_type text, media_url text, "
            + "\"timestamp\" bigint NOT NULL, edited boolean NOT NULL, media_file_name text, media_file_type text, "
            + "media_mime_type text, media_file_size bigint, kind text, "
            + "position bigint GENERATED ALWAYS AS IDENTITY) ON COMMIT DROP";
    private static final String ANALYZE = "ANALYZE " + TABLE;
    /**
     * Messages the database has already, found in a statement of their own: PostgreSQL computes the generated
     * tsvector of every row it tries to insert before it finds the conflict, so leaving them out of the insert
     * makes re-importing cheap. (A NOT EXISTS on messages inside the insert itself could scan the very table
     * the statement fills, row after row.)
     */
    private static final String FIND_PRESENT = "CREATE TEMP TABLE " + PRESENT + " ON COMMIT DROP AS SELECT s.message_id "
            + "FROM " + TABLE + " s JOIN messages m ON m.message_id = s.message_id";
    /**
     * ON CONFLICT still covers duplicates within the export and a concurrent import of the same messages. Counts
     * the people's messages it inserted: WhatsApp's own lines are stored too, but the report counts messages.
     */
    private static final String INSERT_MESSAGES = "WITH inserted AS (INSERT INTO messages (message_id, jid, "
            + "sender_jid, sender_name, is_from_me, content, media_type, media_url, \"timestamp\", metadata) "
            + "SELECT message_id, ?, sender_jid, sender_name, is_from_me, content, media_type, media_url, \"timestamp\", "
            + "jsonb_strip_nulls(jsonb_build_object('kind', kind, 'edited', CASE WHEN edited THEN true END)) FROM "
            + TABLE + " s WHERE NOT EXISTS (SELECT 1 FROM " + PRESENT + " p WHERE p.message_id = s.message_id) "
            + "ON CONFLICT (message_id) DO NOTHING RETURNING metadata ->> 'kind' IS NOT NULL AS whatsapps) "
            + "SELECT count(*) FILTER (WHERE NOT whatsapps) FROM inserted";
    /**
     * Keyed on the message, not on this run's inserts: a zip imported after its .txt still gets its media rows.
     * A file named but not brought gets a pending row with no location ({@link MediaLibrary#NOT_STORED}).
     */
    private static final String INSERT_MEDIA = "INSERT INTO media_files (message_id, jid, media_type, mime_type, "
            + "file_name, file_size, minio_url) SELECT s.message_id, ?, s.media_file_type, s.media_mime_type, "
            + "s.media_file_name, s.media_file_size, coalesce(s.media_url, ?) FROM " + TABLE + " s "
            + "WHERE s.media_file_name IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM media_files f WHERE f.message_id = s.message_id)";
    /** The file a .txt import named, now brought by the zip: the pending row learns where it is. */
    private static final String LINK_PENDING = "UPDATE media_files f SET minio_url = s.media_url, "
            + "file_size = s.media_file_size, mime_type = s.media_mime_type, media_type = s.media_file_type, "
            + "updated_at = now() FROM " + TABLE + " s WHERE f.message_id = s.message_id AND f.jid = ? "
            + "AND f.minio_url = ? AND s.media_url IS NOT NULL";
    private static final String LINK_MEDIA = "UPDATE messages m SET media_url = s.media_url, media_type = s.media_type "
            + "FROM " + TABLE + " s WHERE m.message_id = s.message_id AND m.jid = ? "
            + "AND m.media_url IS NULL AND s.media_url IS NOT NULL";

    private final Connection connection;

    StagingTable(Connection connection) {
        this.connection = connection;
    }

    LoadResult load(String chatJid, ParsedExport messages, MediaLibrary media, ImportProgress progress)
            throws SQLException {
        execute(CREATE);
        MessageIds ids = new MessageIds(chatJid);
        long sent = MessageCopy.run(connection, TABLE, COLUMNS, messages, progress,
                (out, m) -> write(out, m, ids.next(m), media));
        execute(ANALYZE);
        DatabaseMatches.adopt(connection, chatJid);
        execute(FIND_PRESENT);
        long inserted = count(INSERT_MESSAGES, chatJid);
        update(LINK_MEDIA, chatJid);
        long mediaRows = update(LINK_PENDING, chatJid, MediaLibrary.NOT_STORED)
                + update(INSERT_MEDIA, chatJid, MediaLibrary.NOT_STORED);
        return new LoadResult(messages.report(), sent, inserted, mediaRows);
    }

    private static void write(CopyInWriter out, ParsedMessage m, String id, MediaLibrary media) throws SQLException {
        MediaLibrary.MediaFile file = m.mediaFileName() == null ? null : media.find(m.mediaFileName());
        boolean fileRow = file != null || m.mediaAttached();
        MessageCopy.messageColumns(out.text(id), m, file)
                .bool(m.edited())
                .text(fileRow ? m.mediaFileName() : null)
                .text(fileRow ? MediaTypes.mediaType(m.mediaFileName()) : null)
                .text(file == null ? (fileRow ? MediaTypes.mimeType(m.mediaFileName()) : null) : file.mimeType())
                .number(file == null ? null : file.size())
                .text(m.kind())
                .endRow();
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private long count(String sql, String chatJid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, chatJid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long update(String sql, String... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            return ps.executeLargeUpdate();
        }
    }
}
