package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA_DEVICE;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN_LID;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.PHOTO_PATH;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.STATUS;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.insert;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.minute;

import java.sql.Connection;
import java.sql.SQLException;

/** The fixture's story in a modern file: rows in {@code message}, people and chats as {@code jid} rows. */
final class ModernFixtureRows {

    private static final String MESSAGE = "INSERT INTO message (chat_row_id, from_me, key_id, sender_jid_row_id, "
            + "status, timestamp, message_type, text_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;

    ModernFixtureRows(Connection c) {
        this.c = c;
    }

    void write() throws SQLException {
        long anna = jid("4915111111111", "s.whatsapp.net", 0, 0, ANNA);
        long group = jid("120363000000000001", "g.us", 0, 1, GROUP);
        long status = jid("status", "broadcast", 0, 5, STATUS);
        long annaDevice = jid("4915111111111", "s.whatsapp.net", 3, 17, ANNA_DEVICE);
        long ben = jid("4915122222222", "s.whatsapp.net", 0, 0, BEN);
        long benLid = jid("99999999999999", "lid", 0, 0, BEN_LID);
        insert(c, "INSERT INTO jid_map (lid_row_id, jid_row_id) VALUES (?, ?)", benLid, ben);
        long annaChat = insert(c, "INSERT INTO chat (jid_row_id) VALUES (?)", anna);
        long groupChat = insert(c, "INSERT INTO chat (jid_row_id, subject) VALUES (?, 'Family')", group);
        long statusChat = insert(c, "INSERT INTO chat (jid_row_id) VALUES (?)", status);

        message(-1, 0, "-1", null, 0, 0, null);  // WhatsApp's placeholder row
        message(annaChat, 0, "K1", null, minute(0), 0, "Hallo");
        long reply = message(annaChat, 1, "K2", null, minute(1), 0, "Hi Anna");
        insert(c, "INSERT INTO message_quoted (message_row_id, chat_row_id, parent_message_chat_row_id, from_me, key_id, "
                + "timestamp, message_type, text_data) VALUES (?, ?, ?, 0, 'K1', ?, 0, 'Hallo')",
                reply, annaChat, annaChat, minute(0));
        long photo = message(annaChat, 0, "K3", null, minute(2), 1, "Beach");
        insert(c, "INSERT INTO message_media (message_row_id, chat_row_id, file_path, file_size, mime_type) "
                + "VALUES (?, ?, ?, 12345, 'image/jpeg')", photo, annaChat, PHOTO_PATH);
        long video = message(annaChat, 1, "K4", null, minute(3), 3, null);
        insert(c, "INSERT INTO message_media (message_row_id, chat_row_id, file_path, file_size, mime_type) "
                + "VALUES (?, ?, NULL, 999, 'video/mp4')", video, annaChat);
        long deleted = message(annaChat, 0, "K5", null, minute(4), 15, null);
        insert(c, "INSERT INTO message_revoked (message_row_id, revoked_key_id) VALUES (?, 'K5')", deleted);
        insert(c, "INSERT INTO call_log (jid_row_id, from_me, call_id, timestamp, video_call, duration, call_result) "
                + "VALUES (?, 0, 'CALL1', ?, 1, 42, 5)", anna, minute(5));

        long created = message(groupChat, 0, "K7", anna, minute(6), 7, null);
        insert(c, "INSERT INTO message_system (message_row_id, action_type) VALUES (?, 1)", created);
        message(groupChat, 0, "K8", annaDevice, minute(7), 0, "Moin");
        message(groupChat, 0, "K9", benLid, minute(8), 0, "Wer kommt?");
        long liked = message(groupChat, 1, "K10", null, minute(9), 0, "Ich");
        reaction(groupChat, liked, annaDevice, "R1", "\uD83D\uDC4D", minute(10));
        reaction(groupChat, liked, benLid, "R2", "", minute(11));  // taken back
        message(groupChat, 1, "K11", null, minute(12), 0, "Treffen um 5");
        long edit = message(groupChat, 1, "K11E", null, minute(13), 0, "Treffen um 6");
        insert(c, "INSERT INTO message_edit_info (message_row_id, original_key_id, edited_timestamp, sender_timestamp) "
                + "VALUES (?, 'K11', ?, ?)", edit, minute(13), minute(13));
        message(statusChat, 0, "K12", ben, minute(14), 0, "Urlaub");
    }

    private long jid(String user, String server, int device, int type, String raw) throws SQLException {
        return insert(c, "INSERT INTO jid (user, server, device, agent, type, raw_string) VALUES (?, ?, ?, 0, ?, ?)",
                user, server, device, type, raw);
    }

    private long message(long chat, int fromMe, String key, Long sender, long ts, int type, String text)
            throws SQLException {
        return insert(c, MESSAGE, chat, fromMe, key, sender, fromMe == 1 ? 13 : 0, ts, type, text);
    }

    private void reaction(long chat, long parent, long sender, String key, String emoji, long ts) throws SQLException {
        long addOn = insert(c, "INSERT INTO message_add_on (chat_row_id, from_me, key_id, sender_jid_row_id, "
                + "parent_message_row_id, timestamp, status, message_add_on_type) VALUES (?, 0, ?, ?, ?, ?, 0, 56)",
                chat, key, sender, parent, ts);
        insert(c, "INSERT INTO message_add_on_reaction (message_add_on_row_id, reaction, sender_timestamp) "
                + "VALUES (?, ?, ?)", addOn, emoji, ts);
    }
}
