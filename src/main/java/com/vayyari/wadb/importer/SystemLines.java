package com.vayyari.wadb.importer;

import java.util.regex.Pattern;

/**
 * WhatsApp's own lines — encryption notice, group changes, deleted-message stubs, missed calls — which are
 * counted, not stored as anybody's message.
 *
 * <p>On Android a header line with no {@code Name: } after it is always such a line. Three cases need the
 * phrases below: Android notices that quote a subject containing {@code ": "}; iOS, which writes notices
 * as if sent by the chat itself ({@code Family: ‎Alice added Bob}, text opened by U+200E); and the stubs
 * left by deleted messages and missed calls, which carry a real sender but no content of theirs.
 */
final class SystemLines {

    /** An Android notice whose quoted subject or description may contain ": " (matched before the first one). */
    private static final Pattern QUOTING_NOTICE = Pattern.compile(
            " (?:created group|changed the subject|changed the group (?:name|description)|changed this group's"
                    + "|changed (?:the )?group (?:subject|name))[ \"\u201C]");

    /** Stubs standing where a message was; their text is WhatsApp's, whoever the sender. */
    private static final Pattern STUB = Pattern.compile(
            "^(?:This message was deleted|You deleted this message|Waiting for this message(?:\\. This may take a while)?"
                    + "|Missed (?:group )?(?:voice|video) call)\\.?$");

    /** Notices iOS opens with a direction mark; matched anywhere in the (mark-free) text. */
    private static final Pattern MARKED_NOTICE = Pattern.compile(
            "end-to-end encrypt| created (?:this )?group| added | added$| left$| removed | removed$| joined using"
                    + "| changed (?:the|this|their|to|group|his|her)| deleted this group's| security code"
                    + "| now an admin| no longer an admin| pinned a message|disappearing messages"
                    + "| blocked this contact| unblocked this contact|^Missed |^This message was deleted"
                    + "|^You (?:created|added|removed|left|changed|joined|were|blocked|unblocked|deleted)");

    private SystemLines() {
    }

    /** A cheap look at the first letter, so most messages never reach the regular expression. */
    private static boolean mayBeStub(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == 'T' || c == 'Y' || c == 'W' || c == 'M';
    }

    /** Android: whether the text before the first ": " is a notice quoting something, not a sender's name. */
    static boolean isQuotingNotice(String beforeColon) {
        return QUOTING_NOTICE.matcher(beforeColon).find();
    }

    /**
     * Whether a sender's text is WhatsApp's: a stub always; a notice when WhatsApp marked it (iOS).
     *
     * @param cleanFirstLine the text's first line without marks
     * @param marked         whether the text opened with an invisible mark
     */
    static boolean isSystemText(String cleanFirstLine, boolean marked) {
        return (mayBeStub(cleanFirstLine) && STUB.matcher(cleanFirstLine).matches())
                || (marked && MARKED_NOTICE.matcher(cleanFirstLine).find());
    }
}
