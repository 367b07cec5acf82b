package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code media_files} rows for the attachments the phone has a file for: COPY into a staging table, then insert
 * those whose message is in this chat and has no media row yet — so importing again adds none twice. After a first
 * import, whose messages all went straight in (and so have no media row), they go straight in too.
 * {@code minio_url} is the file's path on the phone (after {@code --media-url-prefix} when given): the file is
 * not uploaded, {@code upload_status} stays {@code pending}.
 */
final class MediaRows {

    private static final String TABLE = "wadb_phone_media";
    private static final String COLUMNS = "message_id, jid, media_type, mime_type, file_name, file_size, minio_url, path";
    private static final String CREATE = "CREATE TEMP TABLE " + TABLE + " (message_id text NOT NULL, jid text NOT NULL, "
            + "media_type text NOT NULL, mime_type text, file_name text, file_size bigint, minio_url text NOT NULL, "
            + "path text NOT NULL) ON COMMIT DROP";
    private static final String MEDIA_FILES_COLUMNS = "message_id, jid, media_type, mime_type, file_name, file_size, "
            + "minio_url, metadata";
    private static final String INSERT = "INSERT INTO media_files (" + MEDIA_FILES_COLUMNS + ") SELECT DISTINCT ON (t.message_id) t.message_id, t.jid, t.media_type, "
            + "t.mime_type, t.file_name, t.file_size, t.minio_url, jsonb_build_object('phone_path', t.path) FROM "
            + TABLE + " t WHERE EXISTS (SELECT 1 FROM messages m WHERE m.message_id = t.message_id AND m.jid = t.jid) "
            + "AND NOT EXISTS (SELECT 1 FROM media_files f WHERE f.message_id = t.message_id)";

    private final Connection connection;
    private final String urlPrefix;

    MediaRows(Connection connection, String urlPrefix) {
        this.connection = connection;
        this.urlPrefix = urlPrefix;
    }

    /** Adds the rows; {@code fresh}: every message went in just now, none can have a media row yet. */
    long insert(List<MessageRows.MediaRow> rows, boolean fresh) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        if (fresh) {
            return copyStraightIn(rows);
        }
        try (Statement st = connection.createStatement()) {
            st.execute(CREATE);
            try (CopyInWriter out = CopyInWriter.open(connection, TABLE, COLUMNS)) {
                for (MessageRows.MediaRow row : rows) {
                    PhoneMedia m = row.media();
                    out.text(row.messageId()).text(row.jid()).text(m.mediaType()).text(m.mimeType())
                            .text(m.fileName()).number(m.size())
                            .text(urlPrefix == null ? m.path() : urlPrefix + m.path()).text(m.path()).endRow();
                }
                out.finish();
            }
            return st.executeLargeUpdate(INSERT);
        }
    }

    private long copyStraightIn(List<MessageRows.MediaRow> rows) throws SQLException {
        try (CopyInWriter out = CopyInWriter.open(connection, "media_files", MEDIA_FILES_COLUMNS)) {
            for (MessageRows.MediaRow row : rows) {
                PhoneMedia m = row.media();
                out.text(row.messageId()).text(row.jid()).text(m.mediaType()).text(m.mimeType()).text(m.fileName())
                        .number(m.size()).text(urlPrefix == null ? m.path() : urlPrefix + m.path())
                        .text(MessageShaper.JSON.createObjectNode().put("phone_path", m.path()).toString()).endRow();
            }
            return out.finish();
        }
    }
}
