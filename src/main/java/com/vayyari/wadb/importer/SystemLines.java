package com.vayyari.wadb.importer;

import java.util.regex.Pattern;

/**
 * WhatsApp's own lines — encryption notice, group changes, deleted-message stubs, missed calls — which are
 * counted apart and stored with {@code metadata.kind} (system, deleted, call), never as a person's message.
 *
 * <p>On Android a header line with no {@code Name: } after it is always such a line. Three cases need the
 * phrases below: Android notices that quote a subject containing {@code ": "}; iOS, which writes notices
 * as if sent by the chat itself ({@code Family: ‎Alice added Bob}, text opened by U+200E); and the stubs
 * left by deleted messages and missed calls, which carry a real sender but no content of theirs. Those phrases,
 * in every language wadb knows, are rows of {@code whatsapp-lines.tsv} ({@link WhatsAppLines}).
 */
final class SystemLines {

    /** An Android notice whose quoted subject or description may contain ": " (matched before the first one). */
    private static final Pattern QUOTING_NOTICE = Pattern.compile(
            " (?:created group|changed the subject|changed the group (?:name|description)|changed this group's"
                    + "|changed (?:the )?group (?:subject|name))[ \"\u201C]");

    private SystemLines() {
    }

    /** Android: whether the text before the first ": " is a notice quoting something, not a sender's name. */
    static boolean isQuotingNotice(String beforeColon) {
        return QUOTING_NOTICE.matcher(beforeColon).find();
    }

    /**
     * What kind of WhatsApp line a sender's text is — {@code deleted}, {@code call} or {@code system} (a notice iOS
     * writes as if sent by the chat) — or null for a person's message; see {@link WhatsAppLines#ownLine}.
     *
     * @param cleanFirstLine the text's first line without marks
     * @param marked         whether the text opened with an invisible mark
     */
    static WhatsAppLineKind kindOf(String cleanFirstLine, boolean marked) {
        return WhatsAppLines.TABLE.ownLine(cleanFirstLine, marked);
    }
}
