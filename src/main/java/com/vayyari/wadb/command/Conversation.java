package com.vayyari.wadb.command;

/** SQL pieces for showing messages as a conversation: the columns people read, and windows around messages. */
final class Conversation {

    /** The time of {@code messages m}, as {@link Times} shows times. */
    static final String TIME = Times.fromUnix("m.\"timestamp\"") + " AS time";

    /** Who wrote {@code messages m}: "me", else the sender's name, else the sender's JID. */
    static final String SENDER = "CASE WHEN m.is_from_me THEN 'me' ELSE coalesce(m.sender_name, m.sender_jid) END AS sender";

    /** The chat of {@code m} by name, joined as {@code chats c}. */
    static final String CHAT = "coalesce(c.name, m.jid) AS chat";

    private Conversation() {
    }

    /** {@code expression} with every run of white space (newlines too) made one space: one line per message. */
    static String oneLine(String expression) {
        return "regexp_replace(" + expression + ", '\\s+', ' ', 'g')";
    }

    /**
     * {@code FROM anchors} with, for each anchor row ({@code id, jid, ts}), the N messages before it, itself and
     * the N after it in its chat as {@code messages m} and {@code chats c}; two placeholders, both N.
     */
    static String around(String anchors) {
        return " " + """
                 FROM %1$s CROSS JOIN LATERAL (
                   (SELECT b.id FROM messages b WHERE b.jid = %1$s.jid AND (b."timestamp", b.id) < (%1$s.ts, %1$s.id)
                     ORDER BY b."timestamp" DESC, b.id DESC LIMIT ?)
                   UNION ALL SELECT %1$s.id
                   UNION ALL
                   (SELECT a.id FROM messages a WHERE a.jid = %1$s.jid AND (a."timestamp", a.id) > (%1$s.ts, %1$s.id)
                     ORDER BY a."timestamp", a.id LIMIT ?)) around
                 JOIN messages m ON m.id = around.id JOIN chats c ON c.jid = m.jid""".formatted(anchors);
    }
}
