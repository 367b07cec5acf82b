package com.vayyari.wadb.command;

import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "status",
        description = {"Paused or running (since when, why), counts of chats (all of them, as chats lists them) and"
                + " of the groups among them, of messages and media by upload status, excluded chats, the newest"
                + " message and the database size. One record: shown expanded in the table format, the size in"
                + " bytes (database_size_bytes, a number) in csv, tsv, json and ndjson."},
        footer = {"", "Examples:", "  wadb status", "  wadb --json status"})
public final class StatusCommand extends DomainCommand implements ListsRows {

    public StatusCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        // A number for programs, the human form for people: "116 MB" was a string in --json.
        String size = session.print().format().dataOnly()
                ? "pg_database_size(current_database()) AS database_size_bytes"
                : "pg_size_pretty(pg_database_size(current_database())) AS database_size";
        print(session, Query.of("""
                SELECT CASE WHEN p.is_paused THEN 'paused' ELSE 'running' END AS processing,
                       %s AS since,
                       CASE WHEN p.is_paused THEN p.pause_reason END AS reason,
                       (SELECT count(*) FROM chats) AS chats,
                       (SELECT count(*) FROM chats WHERE is_group) AS groups,
                       (SELECT count(*) FROM messages) AS messages,
                       (SELECT count(*) FROM chat_tracking_state WHERE is_excluded) AS excluded_chats,
                       f.pending AS media_pending, f.uploaded AS media_uploaded, f.migrated AS media_migrated,
                       f.failed AS media_failed,
                       (SELECT %s FROM messages) AS newest_message,
                       %s
                  FROM (SELECT 1) AS one
                  LEFT JOIN processing_state p ON p.id = 1
                  CROSS JOIN (SELECT count(*) FILTER (WHERE upload_status = 'pending') AS pending,
                                     count(*) FILTER (WHERE upload_status = 'uploaded') AS uploaded,
                                     count(*) FILTER (WHERE upload_status = 'migrated') AS migrated,
                                     count(*) FILTER (WHERE upload_status = 'failed') AS failed
                                FROM media_files) f""".formatted(
                        Times.shown("CASE WHEN p.is_paused THEN p.paused_at ELSE p.resumed_at END"),
                        Times.fromUnix("max(\"timestamp\")"), size)),
                print -> print.format() == OutputFormat.TABLE ? print.withExpanded(true) : print, false);
        return 0;
    }
}
