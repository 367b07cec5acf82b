package com.vayyari.wadb.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Deterministic {@code message_id}s for imported messages: {@code imp-} + SHA-256 (hex) of chat JID, unix
 * time, sender name, text and the ordinal of that same (time, sender, text) within the export. The same
 * export always yields the same ids, so importing it again adds nothing, and a longer export of the chat
 * yields the same ids for the messages both share.
 *
 * <p>Attachment placeholders are not hashed, only the caption: an export with media and one without give
 * the same ids. Ordinals are counted within a run of equal timestamps, which is all that can repeat
 * (exports are in time order), so memory stays flat.
 */
public final class MessageIds {

    public static final String PREFIX = "imp-";

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] chat;
    private final MessageDigest sha256;
    private final Map<SameMessage, Integer> seenThisSecond = new HashMap<>();
    private long currentSecond = Long.MIN_VALUE;

    private record SameMessage(String sender, String text) {
    }

    public MessageIds(String chatJid) {
        this.chat = chatJid.getBytes(StandardCharsets.UTF_8);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The id of the next message of the export (call in export order). */
    public String next(ParsedMessage message) {
        if (message.epochSecond() != currentSecond) {
            seenThisSecond.clear();
            currentSecond = message.epochSecond();
        }
        String text = message.text() == null ? "" : message.text();
        int ordinal = seenThisSecond.merge(new SameMessage(message.senderName(), text), 1, Integer::sum) - 1;
        sha256.update(chat);
        field(Long.toString(message.epochSecond()));
        field(message.senderName());
        field(text);
        field(Integer.toString(ordinal));
        return PREFIX + HEX.formatHex(sha256.digest());
    }

    /** NUL-separated: no export text contains NUL (the reader rejects it), so fields cannot run together. */
    private void field(String value) {
        sha256.update((byte) 0);
        sha256.update(value.getBytes(StandardCharsets.UTF_8));
    }
}
