package com.vayyari.wadb.phonedb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What WhatsApp keeps beside a message rather than in it: reactions ({@code message_add_on} +
 * {@code message_add_on_reaction}, transitional 2021 on) and edits ({@code message_edit_info}, modern). Loaded
 * before the messages are read, keyed by the message's row: a phone has far fewer of these than messages.
 *
 * <p>An edit row whose {@code original_key_id} names another message of the chat is a new version of that
 * message: the latest version becomes its content, the earlier ones {@code metadata.edits}, and the edit row
 * itself is not imported. An edit row naming no other message was edited in place: it is marked edited.
 */
final class AddOns {

    private record Version(String text, long editedMillis) {
    }

    private final Map<Long, ArrayNode> reactions = new HashMap<>();
    private final Map<Long, List<Version>> versions = new HashMap<>();
    private final Map<Long, Long> editedInPlace = new HashMap<>();
    private final Set<Long> editRows = new HashSet<>();

    static AddOns none() {
        return new AddOns();
    }

    /** @param messageTable {@code message} (modern) or {@code messages} (transitional): what parent rows point at */
    static AddOns load(SqliteSource source, JidTable jids, String messageTable) throws SQLException {
        AddOns addOns = new AddOns();
        if (source.hasTable("message_add_on") && source.hasTable("message_add_on_reaction")) {
            addOns.loadReactions(source, jids);
        }
        if (messageTable.equals("message") && source.hasTable("message_edit_info")) {
            addOns.loadEdits(source);
        }
        return addOns;
    }

    private void loadReactions(SqliteSource source, JidTable jids) throws SQLException {
        String sql = "SELECT a.parent_message_row_id, a.from_me, a.sender_jid_row_id, a.timestamp, r.reaction "
                + "FROM message_add_on a JOIN message_add_on_reaction r ON r.message_add_on_row_id = a._id "
                + "WHERE r.reaction IS NOT NULL AND r.reaction <> '' ORDER BY a.parent_message_row_id, a.timestamp";
        try (Statement st = source.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {  // an empty reaction is one taken back: left out above
                ObjectNode r = reactions.computeIfAbsent(rs.getLong(1), k -> MessageShaper.JSON.createArrayNode())
                        .addObject();
                boolean fromMe = rs.getInt(2) == 1;
                r.put("reaction", rs.getString(5));
                if (fromMe) {
                    r.put("from_me", true);
                } else {
                    r.put("sender", jids.jid(rs.getLong(3)));
                }
                r.put("timestamp", Math.floorDiv(rs.getLong(4), 1000));
            }
        }
    }

    /**
     * iOS: reactions in {@code ZWAMESSAGEINFO.ZRECEIPTINFO} blobs ({@link ReceiptReactions}), keyed by the message's
     * {@code Z_PK}; the blob says who reacted with what, not when.
     */
    static AddOns ios(SqliteSource source) throws SQLException {
        AddOns addOns = new AddOns();
        if (!source.hasColumn("ZWAMESSAGEINFO", "ZRECEIPTINFO") || !source.hasColumn("ZWAMESSAGEINFO", "ZMESSAGE")) {
            return addOns;
        }
        String sql = "SELECT ZMESSAGE, ZRECEIPTINFO FROM ZWAMESSAGEINFO WHERE ZRECEIPTINFO IS NOT NULL ORDER BY Z_PK";
        try (Statement st = source.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                for (ReceiptReactions.Reaction reaction : ReceiptReactions.parse(rs.getBytes(2))) {
                    addOns.reactions.computeIfAbsent(rs.getLong(1), k -> MessageShaper.JSON.createArrayNode()).addObject()
                            .put("reaction", reaction.emoji()).put("sender", WaJids.normalize(reaction.senderJid()));
                }
            }
        }
        return addOns;
    }

    private void loadEdits(SqliteSource source) throws SQLException {
        String folded = "SELECT o._id, e.message_row_id, m.text_data, e.edited_timestamp FROM message_edit_info e "
                + "JOIN message m ON m._id = e.message_row_id "
                + "JOIN message o ON o.key_id = e.original_key_id AND o.chat_row_id = m.chat_row_id AND o._id <> m._id "
                + "ORDER BY o._id, e.edited_timestamp";
        try (Statement st = source.connection().createStatement(); ResultSet rs = st.executeQuery(folded)) {
            while (rs.next()) {
                versions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Version(rs.getString(3), rs.getLong(4)));
                editRows.add(rs.getLong(2));
            }
        }
        try (Statement st = source.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT message_row_id, edited_timestamp FROM message_edit_info")) {
            while (rs.next()) {
                if (!editRows.contains(rs.getLong(1))) {
                    editedInPlace.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
    }

    /** Whether a row is a later version of another message (imported as part of that one). */
    boolean isEditRow(long rowId) {
        return editRows.contains(rowId);
    }

    /** The reactions to a message, or null for none. */
    ArrayNode reactions(long rowId) {
        return reactions.get(rowId);
    }

    /** Puts the edit history into {@code metadata}; returns the text to store: the latest version's. */
    String applyEdits(RawMessage raw, String text, ObjectNode metadata) {
        List<Version> later = versions.get(raw.rowId);
        if (later != null) {
            Version latest = later.get(later.size() - 1);
            metadata.put("edited", true);
            metadata.put("edited_at", Math.floorDiv(latest.editedMillis(), 1000));
            ArrayNode history = metadata.putArray("edits");
            history.addObject().put("text", text).put("timestamp", Math.floorDiv(raw.timestampMillis, 1000));
            for (Version v : later.subList(0, later.size() - 1)) {
                history.addObject().put("text", v.text()).put("timestamp", Math.floorDiv(v.editedMillis(), 1000));
            }
            return latest.text();
        }
        Long inPlace = editedInPlace.get(raw.rowId);
        if (inPlace != null) {
            metadata.put("edited", true);
            metadata.put("edited_at", Math.floorDiv(inPlace, 1000));
        }
        return text;
    }
}
