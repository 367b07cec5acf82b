package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "media", sortOptions = false,
        description = {"Media files with their type, size, upload status and MinIO/DeepLens locations, newest first."},
        footer = {"", "Examples:", "  wadb media --status failed", "  wadb media --type video --chat Family --limit 10",
                "  wadb --csv media --status pending --limit 100000 > pending.csv"})
public final class MediaCommand extends DomainCommand implements ListsRows {

    @Option(names = "--status", paramLabel = "S", completionCandidates = Choices.UploadStatuses.class,
            description = "pending, uploaded, migrated or failed.")
    String status;

    @Option(names = "--type", paramLabel = "T", completionCandidates = Choices.MediaTypes.class,
            description = "photo, video, audio or document.")
    String type;

    @Option(names = "--chat", paramLabel = "JID|NAME", description = "Only this chat.")
    String chat;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N files (default ${DEFAULT-VALUE}).")
    int limit;

    public MediaCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        Query.Builder sql = new Query.Builder().add("""
                SELECT %s AS created, coalesce(c.name, f.jid) AS chat, f.media_type AS type,
                       f.mime_type, f.file_name, f.file_size, f.upload_status AS status, f.minio_url, f.deeplens_url,
                       f.message_id
                  FROM media_files f JOIN chats c ON c.jid = f.jid
                 WHERE true""".formatted(Times.shown("f.created_at")));
        if (status != null) {
            sql.add(" AND f.upload_status = ?", new Choices.UploadStatuses().check("--status", status));
        }
        if (type != null) {
            sql.add(" AND f.media_type = ?", new Choices.MediaTypes().check("--type", type));
        }
        if (chat != null) {
            sql.add(" AND f.jid = ?", Jids.resolve(session, chat).jid());
        }
        print(session, sql.add(" ORDER BY f.created_at DESC, f.id DESC").limit("--limit", limit).build());
        return 0;
    }
}
