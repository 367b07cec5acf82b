package com.vayyari.wadb.phonedb;

import java.util.Locale;

/**
 * JIDs as the phone writes them, to the one spelling {@code chats.jid} uses: {@code @c.us} becomes
 * {@code @s.whatsapp.net}, and a device's JID ({@code 4915112345678.0:3@s.whatsapp.net},
 * {@code 4915112345678:3@s.whatsapp.net}) folds into its person's, since a person writes from several devices.
 */
final class WaJids {

    private WaJids() {
    }

    /** The normalised JID, or null for nothing (null, empty, WhatsApp's {@code -1} placeholder). */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("-1")) {
            return null;
        }
        String jid = raw.strip().toLowerCase(Locale.ROOT);
        int at = jid.indexOf('@');
        if (at < 0) {
            return jid;
        }
        String user = jid.substring(0, at);
        String server = jid.substring(at + 1);
        if (server.equals("c.us")) {
            server = "s.whatsapp.net";
        }
        if (server.equals("s.whatsapp.net") || server.equals("lid")) {
            user = withoutDevice(user);
        }
        return user + "@" + server;
    }

    /** {@code user.agent:device} or {@code user:device} to {@code user}. */
    private static String withoutDevice(String user) {
        int colon = user.indexOf(':');
        String person = colon < 0 ? user : user.substring(0, colon);
        int dot = person.indexOf('.');
        return dot < 0 ? person : person.substring(0, dot);
    }

    /**
     * Who wrote a message that names no sender: in a person's chat the person; in a group or broadcast nobody
     * known (the group's own JID is no sender).
     */
    static String personal(String chatJid) {
        return chatJid == null || chatJid.endsWith("@g.us") || chatJid.endsWith("@broadcast") ? null : chatJid;
    }

    /** From the {@code jid} table's columns when it has no raw string. */
    static String of(String user, String server) {
        if (server == null || server.isEmpty()) {
            return normalize(user);
        }
        return normalize((user == null ? "" : user) + "@" + server);
    }
}
