package com.vayyari.wadb.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Deterministic {@code message_id}s for imported messages: {@code imp-} + SHA-256 (hex) of chat JID, unix
 * time, sender name, text and the ordinal of that same (time, sender, text) within the export. The same
 * export always yields the same ids, so importing it again adds nothing, and a longer export of the chat
 * yields the same ids for the messages both share.
 *
 * <p>WhatsApp's own lines (notices have no sender) also hash their kind. Attachment placeholders are not
 * hashed, only the caption: an export with media and one without give
 * the same ids. Exports are in time order but for the hour an autumn clock change repeats, so ordinals are
 * counted over a sliding window of {@link #WINDOW_SECONDS} behind the latest time seen: memory holds a day's
 * messages at most, never the whole export.
 */
public final class MessageIds {

    public static final String PREFIX = "imp-";

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] chat;
    private final MessageDigest sha256;
    /** Longer than any clock change moves local time back (DST, a zone's change of offset). */
    static final long WINDOW_SECONDS = 26 * 3600;

    private final Map<SameMessage, Integer> seen = new HashMap<>();
    private final ArrayDeque<SameMessage> seenInOrder = new ArrayDeque<>();
    private long latestSecond = Long.MIN_VALUE;

    private record SameMessage(long epochSecond, String sender, String text, String kind) {
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
        String text = message.text() == null ? "" : message.text();
        String sender = message.senderName() == null ? "" : message.senderName();
        int ordinal = ordinal(new SameMessage(message.epochSecond(), sender, text, message.kind()));
        sha256.update(chat);
        field(Long.toString(message.epochSecond()));
        field(sender);
        field(text);
        field(Integer.toString(ordinal));
        if (message.isWhatsAppLine()) {
            // Only WhatsApp's lines hash their kind: people's messages keep the ids earlier imports gave them.
            field(message.kind());
        }
        return PREFIX + HEX.formatHex(sha256.digest());
    }

    private int ordinal(SameMessage message) {
        if (message.epochSecond() > latestSecond) {
            latestSecond = message.epochSecond();
            while (!seenInOrder.isEmpty() && seenInOrder.peekFirst().epochSecond() < latestSecond - WINDOW_SECONDS) {
                seen.remove(seenInOrder.pollFirst());
            }
        }
        Integer before = seen.putIfAbsent(message, 1);
        if (before == null) {
            seenInOrder.addLast(message);
            return 0;
        }
        seen.put(message, before + 1);
        return before;
    }

    /** NUL-separated: no export text contains NUL (the reader rejects it), so fields cannot run together. */
    private void field(String value) {
        sha256.update((byte) 0);
        sha256.update(value.getBytes(StandardCharsets.UTF_8));
    }
}
