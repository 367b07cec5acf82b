package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Legacy and transitional files: the rows are in {@code messages}, keyed by the chat's JID string
 * ({@code key_remote_jid}), a group member's JID in {@code remote_resource}. Transitional files add
 * {@code message_media} (pointing at {@code messages._id}), {@code message_add_on} reactions and the
 * {@code jid} table, which are used where present.
 */
final class LegacyMessages implements MessageSource {

    /** Legacy rows WhatsApp wrote itself (group changes, security notices) have this status. */
    private static final int SYSTEM_STATUS = 6;
    /** A legacy message deleted for everyone keeps its row with this edit_version. */
    private static final int REVOKED_EDIT_VERSION = 7;

    private final SqliteSource source;
    private final Generation generation;
    private final JidTable jids;
    private final MessageShaper shaper;

    LegacyMessages(SqliteSource source, Generation generation) throws SQLException {
        this.source = source;
        this.generation = generation;
        this.jids = JidTable.load(source);
        this.shaper = new MessageShaper(AddOns.load(source, jids, "messages"));
    }

    @Override
    public Generation generation() {
        return generation;
    }

    @Override
    public Collection<PhoneChat> chats() throws SQLException {
        ChatList chats = new ChatList();
        if (source.hasTable("chat_list")) {
            query("SELECT key_remote_jid, subject FROM chat_list", rs -> chats.add(jid(rs.getString(1)), rs.getString(2)));
        } else if (source.hasTable("chat")) {
            query("SELECT j.raw_string, j.user, j.server, c.subject FROM chat c JOIN jid j ON j._id = c.jid_row_id",
                    rs -> chats.add(jids.mapped(rs.getString(1) != null ? WaJids.normalize(rs.getString(1))
                            : WaJids.of(rs.getString(2), rs.getString(3))), rs.getString(4)));
        }
        query("SELECT DISTINCT key_remote_jid FROM messages", rs -> chats.add(jid(rs.getString(1)), null));
        return chats.all();
    }

    @Override
    public long size() throws SQLException {
        return source.count("SELECT count(*) FROM messages WHERE key_remote_jid <> '-1'");
    }

    @Override
    public void forEach(Sink sink) throws SQLException {
        boolean media = source.hasTable("message_media");
        boolean calls = source.hasTable("call_logs");
        boolean editVersion = source.hasColumn("messages", "edit_version");
        boolean thumb = source.hasColumn("messages", "thumb_image");
        String sql = "SELECT m._id, m.key_remote_jid, m.key_from_me, m.key_id, m.status, m.data, m.timestamp, "
                + "m.media_mime_type, m.media_wa_type, m.media_size, m.media_name, m.media_caption, m.remote_resource, "
                + "m.latitude, m.longitude, q.key_id, "
                + (editVersion ? "m.edit_version, " : "NULL, ")
                + (media ? "mm.file_path, mm.file_size, mm.mime_type, mm.media_name, " : "NULL, NULL, NULL, NULL, ")
                + (calls ? "cl.video_call, cl.duration, cl.call_result, " : "NULL, NULL, NULL, ")
                + (thumb ? "m.thumb_image " : "NULL ")
                + "FROM messages m LEFT JOIN messages_quotes q ON q._id = m.quoted_row_id "
                + (media ? "LEFT JOIN message_media mm ON mm.message_row_id = m._id " : "")
                + (calls ? "LEFT JOIN call_logs cl ON cl.message_row_id = m._id " : "")
                + "WHERE m.key_remote_jid <> '-1' ORDER BY m._id";
        query(sql, rs -> sink.accept(shaper.shape(read(rs))));
    }

    private RawMessage read(ResultSet rs) throws SQLException {
        RawMessage m = new RawMessage();
        m.rowId = rs.getLong(1);
        m.chatJid = jid(rs.getString(2));
        m.fromMe = rs.getInt(3) == 1;
        m.keyId = rs.getString(4);
        m.systemStatus = rs.getInt(5) == SYSTEM_STATUS;
        m.text = rs.getString(6);
        m.timestampMillis = rs.getLong(7);
        m.type = number(rs.getString(9));
        if (m.systemStatus) {
            m.systemAction = (int) rs.getLong(10);  // legacy system rows keep the action's code in media_size
        } else {
            m.size = nullable(rs, 10);
        }
        m.mimeType = rs.getString(8);
        m.fileName = rs.getString(11);
        m.caption = rs.getString(12);
        String member = jid(rs.getString(13));
        m.senderJid = member != null ? member : WaJids.personal(m.chatJid);
        m.latitude = rs.getDouble(14);
        m.longitude = rs.getDouble(15);
        m.quotedKeyId = rs.getString(16);
        m.revoked = rs.getInt(17) == REVOKED_EDIT_VERSION;
        m.path = rs.getString(18);
        Long mediaSize = nullable(rs, 19);
        if (mediaSize != null && mediaSize > 0) {
            m.size = mediaSize;
        }
        if (rs.getString(20) != null) {
            m.mimeType = rs.getString(20);
        }
        if (rs.getString(21) != null) {
            m.fileName = rs.getString(21);
        }
        m.videoCall = rs.getInt(22) == 1;
        m.callDuration = nullable(rs, 23);
        Long result = nullable(rs, 24);
        m.callResult = result == null ? null : result.intValue();
        if (m.path == null && MessageKinds.mediaType(m.type) != null) {
            m.path = MediaDataPath.of(rs.getBytes(25));  // files before message_media: their path is only there
        }
        return m;
    }

    private String jid(String raw) {
        return jids.mapped(WaJids.normalize(raw));
    }

    /** media_wa_type is a TEXT column in legacy files. */
    private static int number(String value) {
        if (value == null || value.isBlank()) {
            return MessageKinds.TEXT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return MessageKinds.TEXT;
        }
    }

    static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private void query(String sql, Rows.Action action) throws SQLException {
        Rows.each(source, sql, action);
    }
}
