package com.vayyari.wadb.importer;

/**
 * When a message of a chat export and a message with a real id (from the phone's database) are the same one: the
 * single definition both directions use — a database imported after exports ({@code phonedb.ExportMatches}) and an
 * export imported after the database ({@link DatabaseMatches}) — so the two can never disagree on what a duplicate is.
 *
 * <p>An export has no ids and times only to the minute, so a pair is: same chat, same minute, same text, and the same
 * place among the messages of that chat, minute and text (two identical "ok" in one minute are two messages, paired
 * in order: the export's order, the database's by time then id). The sender must agree where both sides name one: an
 * export knows a sender's jid only when it shows a phone number, and a message the export says "I" sent must be
 * from me in the database. Only people's messages with text take part: WhatsApp's own lines and attachments without
 * a caption are written differently by the two sources, and pairing them by time alone would merge different
 * messages.
 *
 * <p>The fragments are SQL over two row sets named {@code e} (the export's) and {@code p} (the database's), each
 * giving {@code jid, content, sender_jid, is_from_me} and the {@code minute, n} of {@link #exportKey} or
 * {@link #databaseKey}.
 */
public final class ExportMatchRule {

    /** Joins {@code e} and {@code p}: the same message. */
    public static final String SAME_MESSAGE = "p.jid = e.jid AND p.minute = e.minute AND p.content = e.content "
            + "AND p.n = e.n AND (e.sender_jid IS NULL OR p.sender_jid IS NULL OR e.sender_jid = p.sender_jid) "
            + "AND (NOT e.is_from_me OR p.is_from_me)";

    private ExportMatchRule() {
    }

    /**
     * Whether a row takes part: a person's message with text.
     *
     * @param alias the row's table alias
     * @param kind  SQL giving the row's kind (null for a person's message): its column or its metadata's
     */
    public static String takesPart(String alias, String kind) {
        return alias + ".content IS NOT NULL AND " + kind + " IS NULL";
    }

    /**
     * {@code minute, n} of an export's row.
     *
     * @param jid   SQL giving the row's chat
     * @param order SQL giving the export's order (its position in the file, or the order it was stored in)
     */
    public static String exportKey(String jid, String alias, String order) {
        return key(jid, alias, order);
    }

    /** {@code minute, n} of a row that has a database id: repeats of a text in a minute in the order they were sent. */
    public static String databaseKey(String alias) {
        return key(alias + ".jid", alias, alias + ".\"timestamp\", " + alias + ".message_id");
    }

    private static String key(String jid, String alias, String order) {
        String minute = alias + ".\"timestamp\" / 60";
        return minute + " AS minute, row_number() OVER (PARTITION BY " + jid + ", " + minute + ", " + alias
                + ".content ORDER BY " + order + ") AS n";
    }
}
