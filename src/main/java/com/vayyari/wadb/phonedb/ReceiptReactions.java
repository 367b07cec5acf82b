package com.vayyari.wadb.phonedb;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The reactions in an iOS {@code ZWAMESSAGEINFO.ZRECEIPTINFO} blob. The blob is protocol-buffer encoded with no
 * published schema; public readers (domingogallardo/SwiftWABackupAPI, {@code Docs/WhatsAppDatabase}) find a reaction
 * as a nested message whose field 2 is the sender's jid and field 3 the emoji. So the blob is walked as protobuf
 * wire format, field by field, into every length-delimited field, and each message holding both is one reaction.
 * Anything that does not parse ends the walk of its message quietly: a blob of another shape yields no reactions
 * rather than a failed import.
 */
final class ReceiptReactions {

    /** One reaction: who (a jid as the phone wrote it) and which emoji. */
    record Reaction(String senderJid, String emoji) {
    }

    private static final int MAX_DEPTH = 8;
    private static final int MAX_EMOJI_CODE_POINTS = 16;  // an emoji with skin tone and ZWJ joins stays well under

    private ReceiptReactions() {
    }

    static List<Reaction> parse(byte[] blob) {
        List<Reaction> found = new ArrayList<>();
        if (blob != null) {
            walk(blob, 0, blob.length, 0, found);
        }
        return found;
    }

    private static void walk(byte[] b, int from, int to, int depth, List<Reaction> found) {
        String jid = null;
        String emoji = null;
        List<int[]> nested = new ArrayList<>();
        int[] at = {from};
        while (at[0] < to) {
            long tag = varint(b, at, to);
            if (tag < 0) {
                return;
            }
            int field = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> {
                    if (varint(b, at, to) < 0) {
                        return;
                    }
                }
                case 1 -> at[0] += 8;
                case 5 -> at[0] += 4;
                case 2 -> {
                    long length = varint(b, at, to);
                    if (length < 0 || length > to - at[0]) {
                        return;
                    }
                    int start = at[0];
                    int end = start + (int) length;
                    at[0] = end;
                    String text = utf8(b, start, end);
                    if (field == 2 && text != null && isJid(text)) {
                        jid = text;
                    } else if (field == 3 && text != null && isEmoji(text)) {
                        emoji = text;
                    }
                    nested.add(new int[] {start, end});
                }
                default -> {
                    return;
                }
            }
            if (at[0] > to) {
                return;
            }
        }
        if (jid != null && emoji != null) {
            found.add(new Reaction(jid, emoji));
        } else if (depth < MAX_DEPTH) {
            for (int[] part : nested) {
                walk(b, part[0], part[1], depth + 1, found);
            }
        }
    }

    /** A base-128 varint at {@code at[0]}, advancing it; -1 when the bytes end first or it is too long. */
    private static long varint(byte[] b, int[] at, int to) {
        long value = 0;
        for (int shift = 0; shift < 64 && at[0] < to; shift += 7) {
            byte next = b[at[0]++];
            value |= (long) (next & 0x7f) << shift;
            if (next >= 0) {
                return value;
            }
        }
        return -1;
    }

    private static String utf8(byte[] b, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isJid(String text) {
        return text.endsWith("@s.whatsapp.net") || text.endsWith("@lid");
    }

    /** A short run of symbols: no letter, digit, space or control among its code points. */
    private static boolean isEmoji(String text) {
        int count = text.codePointCount(0, text.length());
        return count > 0 && count <= MAX_EMOJI_CODE_POINTS && text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c)
                || Character.isWhitespace(c) || Character.isISOControl(c)) && text.codePoints().anyMatch(c -> c > 0x2000);
    }
}
