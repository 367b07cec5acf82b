package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.db.CopyInWriter;
import com.vayyari.wadb.importer.ImportProgress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one import on their way in: one COPY of every wanted message, into {@code messages} itself or
 * into the staging table, counted by kind; and the media files met on the way, recorded once their messages are in.
 */
final class MessageRows {

    static final String MESSAGES = "messages";
    static final String STAGING = "wadb_phone_staging";
    private static final String PRESENT = "wadb_phone_present";
    private static final String COLUMNS = "message_id, jid, sender_jid, sender_name, is_from_me, content, "
            + "media_type, \"timestamp\", metadata";
    static final String CREATE_STAGING = "CREATE TEMP TABLE " + STAGING + " (message_id text NOT NULL, jid text NOT NULL, "
            + "sender_jid text, sender_name text, is_from_me boolean NOT NULL, content text, media_type text, "
            + "\"timestamp\" bigint NOT NULL, metadata jsonb NOT NULL) ON COMMIT DROP";
    /** As in the text importer: rows already there are found first, so their tsvector is never computed. */
    private static final String FIND_PRESENT = "CREATE TEMP TABLE " + PRESENT + " ON COMMIT DROP AS "
            + "SELECT s.message_id FROM " + STAGING + " s JOIN messages m ON m.message_id = s.message_id";
    private static final String MERGE = "WITH added AS (INSERT INTO messages (" + COLUMNS + ") SELECT " + COLUMNS
            + " FROM " + STAGING + " s WHERE NOT EXISTS (SELECT 1 FROM " + PRESENT + " p WHERE p.message_id = s.message_id) "
            + "ON CONFLICT (message_id) DO NOTHING RETURNING metadata ->> 'kind' AS kind) "
            + "SELECT kind, count(*) FROM added GROUP BY kind";

    /** How many messages of each kind. */
    record Counts(long peoples, long system, long deleted, long calls) {
        long total() {
            return peoples + system + deleted + calls;
        }

        Counts plus(String kind, long n) {
            if (kind == null) {
                return new Counts(peoples + n, system, deleted, calls);
            }
            return switch (kind) {
                case MessageKinds.KIND_SYSTEM -> new Counts(peoples, system + n, deleted, calls);
                case MessageKinds.KIND_DELETED -> new Counts(peoples, system, deleted + n, calls);
                default -> new Counts(peoples, system, deleted, calls + n);
            };
        }
    }

    /** A media file to record: its message and what the phone knows of the file. */
    record MediaRow(String messageId, String jid, PhoneMedia media) {
    }

    /** Progress is told every 1,024 messages (a mask): often enough for a bar redrawn ten times a second. */
    private static final long PROGRESS_EVERY = 1023;

    private final Connection connection;
    private final ContactNames names;
    private final PhoneImportOptions options;
    private final List<MediaRow> media = new ArrayList<>();
    private long peoples;
    private long system;
    private long deleted;
    private long calls;
    private Counts inserted;
    private long fromExports;
    private boolean fresh;

    MessageRows(Connection connection, ContactNames names, PhoneImportOptions options) {
        this.connection = connection;
        this.names = names;
        this.options = options;
    }

    /** One COPY of every message the options want; {@code table} is one of this class's constants. */
    void copyInto(String table, MessageSource source) throws SQLException {
        ImportProgress progress = options.progress();
        // Counting the file's rows costs a scan of its message table: only for a bar that is drawn.
        long total = progress == ImportProgress.NONE ? 0 : source.size();
        long[] read = {0};
        try (CopyInWriter out = CopyInWriter.open(connection, table, COLUMNS)) {
            ReadAhead.forEach(source, m -> {
                if (options.wants(m)) {
                    write(out, m);
                }
                if ((++read[0] & PROGRESS_EVERY) == 0) {
                    progress.update(read[0], total);
                }
            });
            out.finish();
        }
        progress.update(Math.max(read[0], total), total);  // 100%: the rows that hand no message were read too
    }

    private void write(CopyInWriter out, PhoneMessage m) throws SQLException {
        out.text(m.messageId()).text(m.chatJid()).text(m.senderJid())
                .text(m.fromMe() ? null : names.name(m.senderJid()))
                .bool(m.fromMe()).text(m.text()).text(m.mediaType()).number(m.epochSecond())
                .text(m.metadata()).endRow();
        count(m.kind());
        if (m.media() != null && m.media().path() != null) {
            media.add(new MediaRow(m.messageId(), m.chatJid(), m.media()));
        }
    }

    private void count(String kind) {
        if (kind == null) {
            peoples++;
        } else if (kind.equals(MessageKinds.KIND_SYSTEM)) {
            system++;
        } else if (kind.equals(MessageKinds.KIND_DELETED)) {
            deleted++;
        } else {
            calls++;
        }
    }

    /** After a COPY straight into {@code messages}: everything sent went in. */
    MessageRows allInserted() {
        inserted = new Counts(peoples, system, deleted, calls);
        fresh = true;
        return this;
    }

    /** Whether every message went straight in (a first import): then none of them can have a media row yet. */
    boolean fresh() {
        return fresh;
    }

    /** After a COPY into the staging table: adds what {@code messages} lacks, counting it by kind. */
    MessageRows merge() throws SQLException {
        fromExports = ExportMatches.adopt(connection);
        try (Statement st = connection.createStatement()) {
            st.execute(FIND_PRESENT);
            Counts added = new Counts(0, 0, 0, 0);
            try (ResultSet rs = st.executeQuery(MERGE)) {
                while (rs.next()) {
                    added = added.plus(rs.getString(1), rs.getLong(2));
                }
            }
            inserted = added;
        }
        return this;
    }

    long read() {
        return peoples + system + deleted + calls;
    }

    Counts inserted() {
        return inserted;
    }

    /** Messages that were in the database from a chat export and now carry the phone's id. */
    long fromExports() {
        return fromExports;
    }

    List<MediaRow> media() {
        return media;
    }
}
