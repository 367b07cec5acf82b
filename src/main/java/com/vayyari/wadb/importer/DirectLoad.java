package com.vayyari.wadb.importer;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.Connection;
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
    private static final String MEDIA_COLUMNS = "message_id, jid, media_type, mime_type, file_name, file_size, minio_url";

    /**
     * A media file to record once its message is in: one the zip holds, or one the export names as attached but
     * did not bring (a .txt export, a zip without it), kept as {@code pending} with no location yet.
     */
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
            if (file != null || m.mediaAttached()) {
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
        // COPY: a .txt export of a long chat names thousands of attachments.
        try (CopyInWriter out = CopyInWriter.open(connection, "media_files", MEDIA_COLUMNS)) {
            for (MediaRow row : rows) {
                MediaLibrary.MediaFile file = row.file();
                out.text(row.messageId())
                        .text(chatJid)
                        .text(MediaTypes.mediaType(row.fileName()))
                        .text(file == null ? MediaTypes.mimeType(row.fileName()) : file.mimeType())
                        .text(row.fileName())
                        .number(file == null ? null : file.size())
                        .text(file == null ? MediaLibrary.NOT_STORED : file.url())
                        .endRow();
            }
            out.finish();
        }
    }
}
