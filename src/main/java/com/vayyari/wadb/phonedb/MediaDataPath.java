package com.vayyari.wadb.phonedb;

import java.nio.charset.StandardCharsets;

/**
 * The file's path on the phone from a legacy {@code messages.thumb_image}: before {@code message_media} (2020),
 * WhatsApp kept a message's media facts as a Java-serialized object there, whose {@code java.io.File} field holds the
 * path. Rather than deserialize a class that is not ours (and never run a stream's code), the bytes are scanned for
 * the serialized strings ({@code TC_STRING}: 0x74, a two-byte length, the characters) and the first one that is an
 * absolute path under a WhatsApp folder is taken. No such string, no path: the message then gets no media row, as
 * before.
 */
final class MediaDataPath {

    private static final int TC_STRING = 0x74;

    private MediaDataPath() {
    }

    static String of(byte[] serialized) {
        if (serialized == null || serialized.length < 4 || (serialized[0] & 0xff) != 0xac || serialized[1] != (byte) 0xed) {
            return null;  // not a Java serialization stream (STREAM_MAGIC)
        }
        for (int i = 4; i + 3 <= serialized.length; i++) {
            if ((serialized[i] & 0xff) != TC_STRING) {
                continue;
            }
            int length = (serialized[i + 1] & 0xff) << 8 | serialized[i + 2] & 0xff;
            if (length == 0 || i + 3 + length > serialized.length) {
                continue;
            }
            // Modified UTF-8 is UTF-8 for every character a path holds but U+0000, which no path holds.
            String text = new String(serialized, i + 3, length, StandardCharsets.UTF_8);
            if (text.startsWith("/") && text.contains("/WhatsApp") && text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return null;
    }
}
