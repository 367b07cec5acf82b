package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.PHOTO_PATH;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.STATUS;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.insert;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.minute;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** The fixture's story in a legacy or transitional file: rows in {@code messages}. */
final class LegacyFixtureRows {

    /** A legacy file's photo: where WhatsApp kept it then, an absolute path on the phone's storage. */
    static final String LEGACY_PHOTO_PATH = "/storage/emulated/0/WhatsApp/Media/WhatsApp Images/IMG-20231114-WA0001.jpg";

    private static final String MESSAGE = "INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, "
            + "timestamp, media_mime_type, media_wa_type, media_size, media_caption, remote_resource, quoted_row_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;
    private final PhoneDbSchemas schema;

    LegacyFixtureRows(Connection c, PhoneDbSchemas schema) {
        this.c = c;
        this.schema = schema;
    }

    void write() throws SQLException {
        boolean transitional = schema.generation == Generation.TRANSITIONAL;
        long annaJid = 0;
        long benJid = 0;
        if (transitional) {
            annaJid = insert(c, "INSERT INTO jid (user, server, type, raw_string) VALUES ('4915111111111', 's.whatsapp.net', 0, ?)", ANNA);
            benJid = insert(c, "INSERT INTO jid (user, server, type, raw_string) VALUES ('4915122222222', 's.whatsapp.net', 0, ?)", BEN);
            long groupJid = insert(c, "INSERT INTO jid (user, server, type, raw_string) VALUES ('120363000000000001', 'g.us', 1, ?)", GROUP);
            insert(c, "INSERT INTO message (chat_row_id, from_me, key_id) VALUES (-1, 0, '-1')");  // its only row
            if (schema == PhoneDbSchemas.TRANSITIONAL_2021) {  // 2021 has no chat_list: chats are rows of chat
                insert(c, "INSERT INTO chat (jid_row_id) VALUES (?)", annaJid);
                insert(c, "INSERT INTO chat (jid_row_id, subject) VALUES (?, 'Family')", groupJid);
            }
        }
        if (schema != PhoneDbSchemas.TRANSITIONAL_2021) {
            insert(c, "INSERT INTO chat_list (key_remote_jid) VALUES (?)", ANNA);
            insert(c, "INSERT INTO chat_list (key_remote_jid, subject) VALUES (?, 'Family')", GROUP);
        }
        message("-1", 0, "-1", -1, null, 0, null, null, null, null, null, null);  // WhatsApp's placeholder row
        message(ANNA, 0, "K1", 0, "Hallo", minute(0), null, "0", null, null, null, null);
        long quote = insert(c, "INSERT INTO messages_quotes (key_remote_jid, key_from_me, key_id, data, timestamp) "
                + "VALUES (?, 0, 'K1', 'Hallo', ?)", ANNA, minute(0));
        message(ANNA, 1, "K2", 13, "Hi Anna", minute(1), null, "0", null, null, null, quote);
        long photo = message(ANNA, 0, "K3", 0, null, minute(2), "image/jpeg", "1", 12345L, "Beach", null, null);
        long video = message(ANNA, 1, "K4", 13, null, minute(3), "video/mp4", "3", 999L, null, null, null);
        if (!transitional) {  // before message_media: the path is in a serialized object in thumb_image
            insert(c, "UPDATE messages SET thumb_image = ? WHERE _id = ?", mediaData(LEGACY_PHOTO_PATH), photo);
        }
        if (transitional) {
            insert(c, "INSERT INTO message_media (message_row_id, chat_row_id, file_path, file_size, mime_type) "
                    + "VALUES (?, 1, ?, 12345, 'image/jpeg')", photo, PHOTO_PATH);
            insert(c, "INSERT INTO message_media (message_row_id, chat_row_id, file_path, file_size, mime_type) "
                    + "VALUES (?, 1, NULL, 999, 'video/mp4')", video);
        }
        message(ANNA, 0, "K5", 0, null, minute(4), null, "15", null, null, null, null);
        long call = message(ANNA, 0, "K6", 0, null, minute(5), null, "8", null, null, null, null);
        if (schema == PhoneDbSchemas.LEGACY_2018B) {
            insert(c, "INSERT INTO call_logs (message_row_id, timestamp, video_call, duration, call_result) "
                    + "VALUES (?, ?, 1, 42, 5)", call, minute(5));
        }
        message(GROUP, 0, "K7", 6, "Family", minute(6), null, "0", 1L, null, ANNA, null);
        message(GROUP, 0, "K8", 0, "Moin", minute(7), null, "0", null, null, ANNA, null);
        message(GROUP, 0, "K9", 0, "Wer kommt?", minute(8), null, "0", null, null, BEN, null);
        long liked = message(GROUP, 1, "K10", 13, "Ich", minute(9), null, "0", null, null, null, null);
        if (schema == PhoneDbSchemas.TRANSITIONAL_2021) {
            reaction(liked, annaJid, "R1", "\uD83D\uDC4D", minute(10));
            reaction(liked, benJid, "R2", "", minute(11));  // taken back
        }
        message(STATUS, 0, "K12", 0, "Urlaub", minute(12), null, "0", null, null, BEN, null);
    }

    /** Stands in for WhatsApp's own serialized media class: what matters is the java.io.File it holds. */
    private static final class MediaData implements Serializable {
        private static final long serialVersionUID = 1L;
        private final File file;
        private final long fileSize = 12345;
        private final boolean transferred = true;

        MediaData(File file) {
            this.file = file;
        }
    }

    static byte[] mediaData(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new MediaData(new File(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private long message(String chat, int fromMe, String key, int status, String data, long ts, String mime,
            String waType, Long size, String caption, String member, Long quote) throws SQLException {
        return insert(c, MESSAGE, chat, fromMe, key, status, data, ts, mime, waType, size, caption, member, quote);
    }

    private void reaction(long parent, long sender, String key, String emoji, long ts) throws SQLException {
        long addOn = insert(c, "INSERT INTO message_add_on (chat_row_id, from_me, key_id, sender_jid_row_id, "
                + "parent_message_row_id, timestamp, status, message_add_on_type) VALUES (2, 0, ?, ?, ?, ?, 0, 56)",
                key, sender, parent, ts);
        insert(c, "INSERT INTO message_add_on_reaction (message_add_on_row_id, reaction, sender_timestamp) "
                + "VALUES (?, ?, ?)", addOn, emoji, ts);
    }
}
