package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Modern files: rows in {@code message}, chats and people as rows of {@code jid}, each fact in a table of its
 * own (system events, revocations, quotes, media, locations) joined here by the message's row id. Calls are in
 * {@code call_log}, apart from the messages; each becomes a row {@code call-<call_id>}.
 */
final class ModernMessages implements MessageSource {

    private final SqliteSource source;
    private final JidTable jids;
    private final AddOns addOns;
    private final MessageShaper shaper;
    private final Map<Long, String> chatJids = new HashMap<>();

    ModernMessages(SqliteSource source) throws SQLException {
        this.source = source;
        this.jids = JidTable.load(source);
        this.addOns = AddOns.load(source, jids, "message");
        this.shaper = new MessageShaper(addOns);
    }

    @Override
    public Generation generation() {
        return Generation.MODERN;
    }

    @Override
    public Collection<PhoneChat> chats() throws SQLException {
        ChatList chats = new ChatList();
        chats.addTable(source, "SELECT _id, jid_row_id, subject FROM chat", rs -> jids.jid(rs.getLong(2)), chatJids);
        if (source.hasTable("call_log")) {
            Rows.each(source, "SELECT DISTINCT jid_row_id FROM call_log", rs -> chats.add(jids.jid(rs.getLong(1)), null));
        }
        return chats.all();
    }

    @Override
    public long size() throws SQLException {
        long calls = !source.hasTable("call_log") ? 0 : source.count("SELECT count(*) FROM call_log "
                + unlinkedCalls(source.hasTable("message_call_log")));
        return source.count("SELECT count(*) FROM message WHERE chat_row_id <> -1") + calls;
    }

    @Override
    public void forEach(Sink sink) throws SQLException {
        if (chatJids.isEmpty()) {
            chats();
        }
        boolean location = source.hasTable("message_location");
        boolean caption = source.hasColumn("message_media", "media_caption");
        boolean linkedCalls = source.hasTable("message_call_log") && source.hasTable("call_log");
        String sql = "SELECT m._id, m.chat_row_id, m.from_me, m.key_id, m.sender_jid_row_id, m.timestamp, "
                + "m.message_type, m.text_data, s.action_type, r.message_row_id, q.key_id, "
                + "mm.file_path, mm.file_size, mm.mime_type, mm.media_name, "
                + (caption ? "mm.media_caption, " : "NULL, ")
                + (location ? "l.latitude, l.longitude, " : "NULL, NULL, ")
                + (linkedCalls ? "c._id, c.video_call, c.duration, c.call_result " : "NULL, NULL, NULL, NULL ")
                + "FROM message m LEFT JOIN message_system s ON s.message_row_id = m._id "
                + "LEFT JOIN message_revoked r ON r.message_row_id = m._id "
                + "LEFT JOIN message_quoted q ON q.message_row_id = m._id "
                + "LEFT JOIN message_media mm ON mm.message_row_id = m._id "
                + (location ? "LEFT JOIN message_location l ON l.message_row_id = m._id " : "")
                + (linkedCalls ? "LEFT JOIN message_call_log mc ON mc.message_row_id = m._id "
                        + "LEFT JOIN call_log c ON c._id = mc.call_log_row_id " : "")
                + "WHERE m.chat_row_id <> -1 ORDER BY m._id";
        // An edit's own row is not a message: AddOns made it the content of the message it edits.
        Rows.messages(source, sql, rs -> addOns.isEditRow(rs.getLong(1)) ? null : read(rs), shaper, sink);
        if (source.hasTable("call_log")) {
            // A call a message row already stands for (message_call_log) came with that row.
            String calls = "SELECT _id, jid_row_id, from_me, call_id, timestamp, video_call, duration, call_result "
                    + "FROM call_log " + unlinkedCalls(linkedCalls) + "ORDER BY _id";
            Rows.messages(source, calls, this::call, shaper, sink);
        }
    }

    /** The WHERE clause (or nothing) leaving out the calls a message row stands for ({@code message_call_log}). */
    private static String unlinkedCalls(boolean linkedCalls) {
        return linkedCalls ? "WHERE _id NOT IN (SELECT call_log_row_id FROM message_call_log "
                + "WHERE call_log_row_id IS NOT NULL) " : "";
    }

    private RawMessage read(ResultSet rs) throws SQLException {
        RawMessage m = new RawMessage();
        m.rowId = rs.getLong(1);
        m.chatJid = chatJids.get(rs.getLong(2));
        m.fromMe = rs.getInt(3) == 1;
        m.keyId = rs.getString(4);
        Long sender = LegacyMessages.nullable(rs, 5);
        String member = sender == null || sender <= 0 ? null : jids.jid(sender);
        m.senderJid = member != null ? member : WaJids.personal(m.chatJid);
        m.timestampMillis = rs.getLong(6);
        m.type = rs.getInt(7);
        m.text = rs.getString(8);
        Long action = LegacyMessages.nullable(rs, 9);
        m.systemAction = action == null ? null : action.intValue();
        m.revoked = LegacyMessages.nullable(rs, 10) != null;
        m.quotedKeyId = rs.getString(11);
        // Each column read is a call into the driver's native code: a text message skips what only media,
        // locations and calls have (a tenth of an import's reading time at a million rows).
        if (MessageKinds.mediaType(m.type) != null) {
            m.path = rs.getString(12);
            m.size = LegacyMessages.nullable(rs, 13);
            m.mimeType = rs.getString(14);
            m.fileName = rs.getString(15);
            m.caption = rs.getString(16);
        }
        if (MessageKinds.isLocation(m.type)) {
            m.latitude = rs.getDouble(17);
            m.longitude = rs.getDouble(18);
        }
        if (LegacyMessages.nullable(rs, 19) != null) {
            m.type = MessageKinds.CALL;
            m.videoCall = rs.getInt(20) == 1;
            m.callDuration = LegacyMessages.nullable(rs, 21);
            Long result = LegacyMessages.nullable(rs, 22);
            m.callResult = result == null ? null : result.intValue();
        }
        return m;
    }

    private RawMessage call(ResultSet rs) throws SQLException {
        RawMessage m = new RawMessage();
        m.rowId = -rs.getLong(1);  // not a message row: no reaction or edit can point at it
        m.chatJid = jids.jid(rs.getLong(2));
        m.senderJid = m.chatJid;
        m.fromMe = rs.getInt(3) == 1;
        String callId = rs.getString(4);
        m.keyId = "call-" + (callId == null || callId.isEmpty() ? "row-" + rs.getLong(1) : callId);
        m.timestampMillis = rs.getLong(5);
        m.type = MessageKinds.CALL;
        m.videoCall = rs.getInt(6) == 1;
        m.callDuration = LegacyMessages.nullable(rs, 7);
        Long result = LegacyMessages.nullable(rs, 8);
        m.callResult = result == null ? null : result.intValue();
        return m;
    }
}
