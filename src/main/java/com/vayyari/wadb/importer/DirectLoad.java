package com.vayyari.wadb.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first import into a chat: COPY straight into {@code messages}, as fast as psql's {@code \copy}. Only
 * right when the chat has no messages — ids include the chat, so none can exist — and the export repeats
 * no id; otherwise the COPY fails with a unique violation and the caller takes the {@link StagingTable} path.
 */
final class DirectLoad {

    private static final String COLUMNS = "message_id, jid, sender_jid, sender_name, is_from_me, content, "
            + "media_type, media_url, \"timestamp\", metadata";
    private static final String INSERT_MEDIA = "INSERT INTO media_files (message_id, jid, media_type, mime_type, "
            + "file_name, file_size, minio_url) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** A media file to record once its message is in; a zip's files are few next to its messages. */
    private record MediaRow(String messageId, String fileName, MediaLibrary.MediaFile file) {
    }

    private final Connection connection;

    DirectLoad(Connection connection) {
        this.connection = connection;
    }

    LoadResult load(String chatJid, ParsedExport messages, MediaLibrary media, ImportProgress progress)
            throws SQLException {
        MessageIds ids = new MessageIds(chatJid);
        List<MediaRow> mediaRows = new ArrayList<>();
        long sent = MessageCopy.run(connection, "messages", COLUMNS, messages, progress, (out, m) -> {
            String id = ids.next(m);
            MediaLibrary.MediaFile file = m.mediaFileName() == null ? null : media.find(m.mediaFileName());
            if (file != null) {
                mediaRows.add(new MediaRow(id, m.mediaFileName(), file));
            }
            MessageCopy.messageColumns(out.text(id).text(chatJid), m, file)
                    .text(MessageCopy.metadata(m))
                    .endRow();
        });
        insertMedia(chatJid, mediaRows);
        return new LoadResult(messages.report(), sent, sent, mediaRows.size());
    }

    private void insertMedia(String chatJid, List<MediaRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_MEDIA)) {
            for (MediaRow row : rows) {
                ps.setString(1, row.messageId());
                ps.setString(2, chatJid);
                ps.setString(3, MediaTypes.mediaType(row.fileName()));
                ps.setString(4, row.file().mimeType());
                ps.setString(5, row.fileName());
                ps.setLong(6, row.file().size());
                ps.setString(7, row.file().url());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
