package com.vayyari.wadb.importer;

/**
 * When a message of a chat export and a message with a real id (from the phone's database) are the same one: the
 * single definition both directions use — a database imported after exports ({@code phonedb.ExportMatches}) and an
 * export imported after the database ({@link DatabaseMatches}) — so the two can never disagree on what a duplicate is.
 *
 * <p>An export has no ids and times only to the minute, so a pair is: same chat, same minute, same kind, and the
 * same place among the messages of that chat, minute, kind and text (two identical "ok" in one minute are two
 * messages, paired in order: the export's order, the database's by time then id). A person's message must have the
 * same text; an attachment without a caption the same media type, unless the export did not say which
 * ({@code <Media omitted>}). The sender must agree where both sides name one: an export knows a sender's jid only
 * when it shows a phone number, and a message the export says "I" sent must be from me in the database.
 *
 * <p>Of WhatsApp's own lines only deleted-message stubs take part: both sources have one per deleted message, with
 * its sender, where the export's text is a phrase in the phone's language and the database's is empty. Notices are
 * worded differently by the two, and an export lists only missed calls where the database has every call, so those
 * are left alone rather than paired with the wrong row.
 *
 * <p>The fragments are SQL over two row sets aliased {@code e} (the export's) and {@code p} (the database's), each
 * giving {@code jid, sender_jid, is_from_me, media_type} and the {@code minute, kind, said, n} of
 * {@link #exportKey} or {@link #databaseKey}.
 */
public final class ExportMatchRule {

    private static final String DELETED = "deleted";
    private static final String UNNAMED_MEDIA = "'" + MediaPlaceholders.UNKNOWN + "'";

    /** Joins {@code e} and {@code p}: the same message. */
    public static final String SAME_MESSAGE = "p.jid = e.jid AND p.minute = e.minute AND p.n = e.n "
            + "AND p.kind = e.kind AND p.said = e.said "
            + "AND (e.said <> '' OR e.kind <> '' OR e.media_type = " + UNNAMED_MEDIA + " "
            + "OR e.media_type = p.media_type) "
            + "AND (e.sender_jid IS NULL OR p.sender_jid IS NULL OR e.sender_jid = p.sender_jid) "
            + "AND (NOT e.is_from_me OR p.is_from_me)";

    private ExportMatchRule() {
    }

    /**
     * Whether a row takes part: a person's message with text or an attachment, or a deleted-message stub.
     *
     * @param alias the row's table alias
     * @param kind  SQL giving the row's kind (null for a person's message): its column or its metadata's
     */
    public static String takesPart(String alias, String kind) {
        return "(" + kind + " IS NULL AND (" + alias + ".content IS NOT NULL OR " + alias + ".media_type IS NOT NULL) "
                + "OR " + kind + " = '" + DELETED + "')";
    }

    /**
     * The media type a pair's row keeps: the export's, unless it could not say ({@code <Media omitted>}).
     *
     * @param export   SQL giving the export's media type
     * @param database SQL giving the database's
     */
    public static String mediaType(String export, String database) {
        return "CASE WHEN " + export + " IS NULL OR " + export + " = " + UNNAMED_MEDIA + " THEN " + database
                + " ELSE " + export + " END";
    }

    /**
     * {@code minute, kind, said, n} of an export's row.
     *
     * @param jid   SQL giving the row's chat
     * @param kind  SQL giving the row's kind, as for {@link #takesPart}
     * @param order SQL giving the export's order (its position in the file, or the order it was stored in)
     */
    public static String exportKey(String jid, String alias, String kind, String order) {
        return key(jid, alias, kind, order);
    }

    /** {@code minute, kind, said, n} of a row that has a database id: repeats in a minute in the order they were sent. */
    public static String databaseKey(String alias, String kind) {
        return key(alias + ".jid", alias, kind, alias + ".\"timestamp\", " + alias + ".message_id");
    }

    /**
     * {@code said}: what a person wrote; a stub's text is WhatsApp's, in whichever language, so it is not compared.
     * Neither {@code kind} nor {@code said} is null ('' for none): {@code =} lets the join hash on them, where
     * {@code IS NOT DISTINCT FROM} would leave them to a filter. Neither source stores an empty text.
     */
    private static String key(String jid, String alias, String kind, String order) {
        String minute = alias + ".\"timestamp\" / 60";
        String kindOrNone = "coalesce(" + kind + ", '')";
        String said = "coalesce(CASE WHEN " + kind + " IS NULL THEN " + alias + ".content END, '')";
        return minute + " AS minute, " + kindOrNone + " AS kind, " + said + " AS said, row_number() OVER (PARTITION BY "
                + jid + ", " + minute + ", " + kindOrNone + ", " + said + " ORDER BY " + order + ") AS n";
    }
}
