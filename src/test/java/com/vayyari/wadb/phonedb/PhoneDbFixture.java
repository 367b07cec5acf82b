package com.vayyari.wadb.phonedb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A phone database of one schema generation with the same small story in it: a person's chat (a text, a reply,
 * a photo the phone has, a video it never downloaded, a deleted message, a call), a group (created, messages
 * from a member's second device and from a member WhatsApp knows by an {@code @lid}, a message with reactions,
 * one taken back, and an edit where the layout has them), a status update, and WhatsApp's {@code -1}
 * placeholders. What each layout cannot hold (reactions before 2021, edits and lids before the modern one)
 * is left out, and the expected counts below say so.
 */
final class PhoneDbFixture {

    static final String ANNA = "4915111111111@s.whatsapp.net";
    static final String ANNA_DEVICE = "4915111111111.0:3@s.whatsapp.net";
    static final String BEN = "4915122222222@s.whatsapp.net";
    static final String BEN_LID = "99999999999999@lid";
    static final String GROUP = "120363000000000001@g.us";
    static final String STATUS = "status@broadcast";
    static final long T0 = 1_700_000_000_000L;  // 2023-11-14T22:13:20Z, in WhatsApp's milliseconds
    static final String PHOTO_PATH = "Media/WhatsApp Images/IMG-20231114-WA0001.jpg";

    private PhoneDbFixture() {
    }

    /** Milliseconds of the n-th minute after T0. */
    static long minute(int n) {
        return T0 + n * 60_000L;
    }

    /** What the import of a fixture must find. */
    record Expected(long messages, long peoples, long mediaRows, boolean reactions, boolean edits) {
    }

    static Expected expected(PhoneDbSchemas schema) {
        return switch (schema) {
            case LEGACY_2018A, LEGACY_2018B -> new Expected(11, 8, 1, false, false);
            case TRANSITIONAL_2020 -> new Expected(11, 8, 1, false, false);
            case TRANSITIONAL_2021 -> new Expected(11, 8, 1, true, false);
            case MODERN_2024_09, MODERN_2025_03 -> new Expected(12, 9, 1, true, true);
        };
    }

    /** Writes the story into a new file at {@code target}, made from {@code schema}'s definitions. */
    static Path build(PhoneDbSchemas schema, Path target) throws IOException, SQLException {
        try (Connection c = schema.create(target)) {
            if (schema.generation == Generation.MODERN) {
                new ModernFixtureRows(c).write();
            } else {
                new LegacyFixtureRows(c, schema).write();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM");
            }
        }
        return target;
    }

    /** Adds a message to a modern file's chat {@code chatJid}; its rowid. */
    static long modernMessage(Connection c, String chatJid, int fromMe, String key, String senderJid, long ts,
                              int type, String text) throws SQLException {
        return insert(c, "INSERT INTO message (chat_row_id, from_me, key_id, sender_jid_row_id, status, timestamp, "
                + "message_type, text_data) SELECT chat._id, ?, ?, (SELECT _id FROM jid WHERE raw_string = ?), 0, ?, ?, ? "
                + "FROM chat JOIN jid ON jid._id = chat.jid_row_id WHERE jid.raw_string = ?",
                fromMe, key, senderJid, ts, type, text, chatJid);
    }

    /** Adds a shared location (type 5, with its {@code message_location} row) to a modern file's chat. */
    static void modernLocation(Connection c, String chatJid, String key, long ts, double latitude, double longitude)
            throws SQLException {
        long row = modernMessage(c, chatJid, 0, key, null, ts, 5, null);
        insert(c, "INSERT INTO message_location (message_row_id, chat_row_id, latitude, longitude) "
                + "SELECT ?, chat_row_id, ?, ? FROM message WHERE _id = ?", row, latitude, longitude, row);
    }

    /** Adds a call from the person {@code jid} to a modern file's {@code call_log}. */
    static void modernCall(Connection c, String jid, String callId, long ts, boolean video, int duration, int result)
            throws SQLException {
        insert(c, "INSERT INTO call_log (jid_row_id, from_me, call_id, timestamp, video_call, duration, call_result) "
                + "SELECT _id, 0, ?, ?, ?, ?, ? FROM jid WHERE raw_string = ?", callId, ts, video ? 1 : 0, duration,
                result, jid);
    }

    /** Inserts a row and returns its rowid; {@code sql} is the test's own constant. */
    static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
