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
 * <p>A shared location is the export's line {@code location: https://maps.google.com/?q=LAT,LNG} (the word in the
 * phone's language, place name lines before it) and the database's coordinates ({@code metadata.location}): both
 * are compared as the coordinates to four decimals (about 10 m), as the two write them to different precisions.
 *
 * <p>Of WhatsApp's own lines, deleted-message stubs and calls take part: both sources have one stub per deleted
 * message, with its sender, where the export's text is a phrase in the phone's language and the database's is
 * empty; an export lists the missed calls, each of which the database has among its calls, with the caller. (Should
 * a minute hold an answered and a missed call, the export's line pairs with the first: it is then not added, which
 * is what matters.) Notices are worded differently by the two and name no sender, so they are left alone rather
 * than paired with the wrong row.
 *
 * <p>The fragments are SQL over two row sets aliased {@code e} (the export's) and {@code p} (the database's), each
 * giving {@code jid, sender_jid, is_from_me, media_type} and the {@code minute, kind, said, n} of
 * {@link #exportKey} or {@link #databaseKey}.
 */
public final class ExportMatchRule {

    private static final String DELETED = "deleted";
    private static final String CALL = "call";
    /**
     * A location line, the last of its message: a word or two, a colon, the map link and nothing after; a link
     * within a sentence is text.
     */
    private static final String LOCATION_LINE = "'(?:^|\\n)[^\\n:]{1,40}: https://maps\\.google\\.com/\\?q="
            + "(-?[0-9]{1,3}(?:\\.[0-9]+)?,-?[0-9]{1,3}(?:\\.[0-9]+)?)$'";
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
     * Whether an export's row takes part: a person's message with text or an attachment, a deleted-message stub or
     * a call.
     *
     * @param alias the row's table alias (with {@code content} and {@code media_type})
     * @param kind  SQL giving the row's kind (null for a person's message): its column or its metadata's
     */
    public static String exportTakesPart(String alias, String kind) {
        return takesPart(alias, kind, "NULL");
    }

    /** Whether a database row takes part: as {@link #exportTakesPart}, and a location with no text. */
    public static String databaseTakesPart(String alias, String kind) {
        return takesPart(alias, kind, databaseLocation(alias));
    }

    private static String takesPart(String alias, String kind, String location) {
        return "(" + kind + " IS NULL AND (" + alias + ".content IS NOT NULL OR " + alias + ".media_type IS NOT NULL "
                + "OR " + location + " IS NOT NULL) OR " + kind + " IN ('" + DELETED + "', '" + CALL + "'))";
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
        return key(jid, alias, kind, linkedLocation(alias), order);
    }

    /** {@code minute, kind, said, n} of a row that has a database id: repeats in a minute in the order they were sent. */
    public static String databaseKey(String alias, String kind) {
        return key(alias + ".jid", alias, kind, databaseLocation(alias), alias + ".\"timestamp\", " + alias + ".message_id");
    }

    /**
     * The coordinates of a text that ends in a location line, as {@link #coordinates} has them; else null. The
     * database's texts are read so too: a person who typed such a line has it as text there and as a location here.
     */
    private static String linkedLocation(String alias) {
        String content = alias + ".content";
        String pair = "substring(" + content + " FROM " + LOCATION_LINE + ")";
        return "CASE WHEN " + content + " LIKE '%maps.google.com/?q=%' THEN " + coordinates(
                "split_part(" + pair + ", ',', 1)", "split_part(" + pair + ", ',', 2)") + " END";
    }

    /** The coordinates of a database row's location ({@code metadata.location}) or its text's location line; else null. */
    private static String databaseLocation(String alias) {
        return "coalesce(" + coordinates(alias + ".metadata #>> '{location,latitude}'",
                alias + ".metadata #>> '{location,longitude}'") + ", " + linkedLocation(alias) + ")";
    }

    /** "LAT,LNG" to four decimals, from SQL giving each as text; null when either is. */
    private static String coordinates(String latitude, String longitude) {
        return "(round((" + latitude + ")::numeric, 4) || ',' || round((" + longitude + ")::numeric, 4))";
    }

    /**
     * {@code said}: what a person wrote; a stub's text is WhatsApp's, in whichever language, so it is not compared.
     * Neither {@code kind} nor {@code said} is null ('' for none): {@code =} lets the join hash on them, where
     * {@code IS NOT DISTINCT FROM} would leave them to a filter. Neither source stores an empty text.
     */
    private static String key(String jid, String alias, String kind, String location, String order) {
        String minute = alias + ".\"timestamp\" / 60";
        String kindOrNone = "coalesce(" + kind + ", CASE WHEN " + location + " IS NOT NULL THEN 'location' END, '')";
        String said = "coalesce(CASE WHEN " + kind + " IS NULL THEN coalesce(" + location + ", " + alias + ".content) END, '')";
        return minute + " AS minute, " + kindOrNone + " AS kind, " + said + " AS said, row_number() OVER (PARTITION BY "
                + jid + ", " + minute + ", " + kindOrNone + ", " + said + " ORDER BY " + order + ") AS n";
    }
}
