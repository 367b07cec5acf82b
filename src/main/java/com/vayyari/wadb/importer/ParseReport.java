package com.vayyari.wadb.importer;

import java.time.ZoneId;
import java.util.List;

/**
 * What reading an export found.
 *
 * @param source             the export's name
 * @param layout             Android or iOS
 * @param dateOrder          the day/month order used
 * @param dateOrderDecidedBy why: {@code given}, the line whose day over 12 decided it, or the default
 * @param zone               zone the local times were read in
 * @param lines              lines in the file
 * @param messages           people's messages read
 * @param mediaMessages      of these, the ones with an attachment placeholder
 * @param systemLines        WhatsApp's own lines (notices, deleted-message stubs), not messages
 * @param unparsedCount      lines that could not be read (text before the first message, impossible dates, headers
 *                           written in another layout than the file's, and the lines that continue these)
 * @param unparsedLines      their line numbers, the first {@link #MAX_LISTED} of them
 * @param continuationLines  lines appended to the message or WhatsApp line before them
 * @param blankLines         empty lines before the first message
 * @param foreignHeaders     of the unparsed lines, headers in another layout than the file's (a date and time
 *                           written differently): never appended to the message before them
 * @param controlChars       control characters (NUL and the like) dropped from the text
 */
public record ParseReport(
        String source,
        ExportLayout layout,
        DateOrder dateOrder,
        String dateOrderDecidedBy,
        ZoneId zone,
        long lines,
        long messages,
        long mediaMessages,
        long systemLines,
        long unparsedCount,
        List<Long> unparsedLines,
        long continuationLines,
        long blankLines,
        long foreignHeaders,
        long controlChars) {

    /** How many unparsed line numbers a report lists; a garbage file must not fill memory with them. */
    public static final int MAX_LISTED = 1000;

    public ParseReport {
        unparsedLines = List.copyOf(unparsedLines);
    }

    /** Header lines: people's messages and WhatsApp's lines, each counted where it starts. */
    public long headerLines() {
        return messages + systemLines;
    }

    /** Every line of the file is one of these: what {@link #lines} should equal. */
    public long accountedLines() {
        return headerLines() + continuationLines + unparsedCount + blankLines;
    }
}
