package com.vayyari.wadb.phonedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * iOS {@code ChatStorage.sqlite} (Core Data tables): chats in {@code ZWACHATSESSION}, messages in
 * {@code ZWAMESSAGE} with WhatsApp's id in {@code ZSTANZAID}, group senders in {@code ZWAGROUPMEMBER}, attachments in
 * {@code ZWAMEDIAITEM}; times are seconds since 2001-01-01. Layout as public parsers read it
 * (KnugiHK/WhatsApp-Chat-Exporter {@code ios_handler.py}, domingogallardo/SwiftWABackupAPI
 * {@code Docs/WhatsAppDatabase}). Reactions come from {@code ZWAMESSAGEINFO}'s receipt blobs ({@link ReceiptReactions}).
 * Calls are not in this file (iOS keeps them in {@code CallHistory.sqlite}), so an iOS import has none.
 */
final class IosMessages implements MessageSource {

    /** 2001-01-01T00:00:00Z, Apple's epoch, in unix seconds. */
    static final long APPLE_EPOCH = 978_307_200L;

    private final SqliteSource source;
    private final Map<Long, String> chatJids = new HashMap<>();

    IosMessages(SqliteSource source) {
        this.source = source;
    }

    @Override
    public Generation generation() {
        return Generation.IOS;
    }

    @Override
    public Collection<PhoneChat> chats() throws SQLException {
        ChatList chats = new ChatList();
        chats.addTable(source, "SELECT Z_PK, ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION",
                rs -> WaJids.normalize(rs.getString(2)), chatJids);
        return chats.all();
    }

    @Override
    public long size() throws SQLException {
        return source.count("SELECT count(*) FROM ZWAMESSAGE");
    }

    @Override
    public void forEach(Sink sink) throws SQLException {
        if (chatJids.isEmpty()) {
            chats();
        }
        boolean parent = source.hasColumn("ZWAMESSAGE", "ZPARENTMESSAGE");
        boolean fromJid = source.hasColumn("ZWAMESSAGE", "ZFROMJID");
        // Newer files point from the message to its item; older ones only from the item to its message.
        String media = source.hasColumn("ZWAMESSAGE", "ZMEDIAITEM") ? "i.Z_PK = m.ZMEDIAITEM" : "i.ZMESSAGE = m.Z_PK";
        String sql = "SELECT m.Z_PK, m.ZCHATSESSION, m.ZISFROMME, m.ZMESSAGEDATE, m.ZTEXT, m.ZMESSAGETYPE, "
                + "g.ZMEMBERJID, " + (fromJid ? "m.ZFROMJID, " : "NULL, ") + "m.ZSTANZAID, "
                + (parent ? "p.ZSTANZAID, " : "NULL, ")
                + "i.ZMEDIALOCALPATH, i.ZTITLE, i.ZFILESIZE, i.ZLATITUDE, i.ZLONGITUDE "
                + "FROM ZWAMESSAGE m LEFT JOIN ZWAGROUPMEMBER g ON g.Z_PK = m.ZGROUPMEMBER "
                + "LEFT JOIN ZWAMEDIAITEM i ON " + media + " "
                + (parent ? "LEFT JOIN ZWAMESSAGE p ON p.Z_PK = m.ZPARENTMESSAGE " : "")
                + "ORDER BY m.Z_PK";
        MessageShaper shaper = new MessageShaper(AddOns.ios(source));
        Rows.messages(source, sql, rs -> {
            RawMessage m = read(rs);
            return m.keyId == null ? null : m;
        }, shaper, sink);
    }

    private RawMessage read(ResultSet rs) throws SQLException {
        RawMessage m = new RawMessage();
        m.rowId = rs.getLong(1);
        m.chatJid = chatJids.get(rs.getLong(2));
        m.fromMe = rs.getInt(3) == 1;
        m.timestampMillis = Math.round((rs.getDouble(4) + APPLE_EPOCH) * 1000);
        m.text = rs.getString(5);
        m.type = androidType(rs.getInt(6));
        String member = WaJids.normalize(rs.getString(7));
        String from = WaJids.normalize(rs.getString(8));
        boolean group = m.chatJid != null && m.chatJid.endsWith("@g.us");
        m.senderJid = member != null ? member : group && from != null && !from.equals(m.chatJid) ? from
                : WaJids.personal(m.chatJid);
        m.keyId = rs.getString(9);
        m.quotedKeyId = rs.getString(10);
        m.path = rs.getString(11);
        m.caption = rs.getString(12);
        m.size = LegacyMessages.nullable(rs, 13);
        m.latitude = rs.getDouble(14);
        m.longitude = rs.getDouble(15);
        if (m.type == MessageKinds.SYSTEM) {
            m.text = m.text == null || m.text.isEmpty() ? null : m.text;
        }
        return m;
    }

    /** iOS's {@code ZMESSAGETYPE} in the Android numbers {@link MessageKinds} speaks. */
    static int androidType(int ios) {
        return switch (ios) {
            case 1 -> MessageKinds.IMAGE;
            case 2 -> MessageKinds.VIDEO;
            case 3 -> MessageKinds.AUDIO;
            case 4 -> MessageKinds.VCARD;
            case 5 -> MessageKinds.LOCATION;
            case 6, 10 -> MessageKinds.SYSTEM;  // group events; status and business notices
            case 8 -> MessageKinds.DOCUMENT;
            case 11 -> MessageKinds.GIF;
            case 14 -> MessageKinds.DELETED;
            case 15 -> MessageKinds.STICKER;
            default -> MessageKinds.TEXT;  // 0 text, 7 a link (its text is the message)
        };
    }
}
