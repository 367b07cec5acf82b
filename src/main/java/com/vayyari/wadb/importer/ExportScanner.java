package com.vayyari.wadb.importer;

/**
 * The cheap first pass over an export: which layout it is in and which field of its dates is the day.
 * It keeps counts only, never lines, so memory stays flat whatever the file's size.
 *
 * <p>Day/month order: a first field over 12 can only be a day (dmy), a second field over 12 only a day
 * (mdy); a four-digit first field is a year (ymd). With no such evidence the order is dmy, the more
 * common one worldwide. If both kinds of evidence occur the one seen on more lines wins, and the
 * lines it makes impossible are reported as unparsed.
 */
final class ExportScanner {

    /** What the first pass decided. */
    record Scan(ExportLayout layout, DateOrder dateOrder, String dateOrderDecidedBy, long lines, long headers) {
    }

    private ExportScanner() {
    }

    static Scan scan(ExportSource source, DateOrder forced) {
        Tally android = new Tally();
        Tally ios = new Tally();
        HeaderMatcher header = new HeaderMatcher();
        long lines;
        try (ExportLines in = new ExportLines(source)) {
            for (String line = in.next(); line != null; line = in.next()) {
                if (header.match(line, null)) {
                    (header.layout() == ExportLayout.ANDROID ? android : ios).add(header, in.number());
                }
            }
            lines = in.number();
        }
        if (android.headers == 0 && ios.headers == 0) {
            throw new ImportException("no WhatsApp message line in " + source.name() + " (expected lines like "
                    + "'31/12/2020, 22:15 - Name: text' or '[31/12/2020, 22:15:03] Name: text')");
        }
        boolean isIos = ios.headers > android.headers;
        Tally chosen = isIos ? ios : android;
        ExportLayout layout = isIos ? ExportLayout.IOS : ExportLayout.ANDROID;
        if (forced != null) {
            return new Scan(layout, forced, "given", lines, chosen.headers);
        }
        return decide(layout, chosen, lines);
    }

    private static Scan decide(ExportLayout layout, Tally t, long lines) {
        if (t.yearFirst * 2 > t.headers) {
            return new Scan(layout, DateOrder.YMD, "year first (line " + t.yearFirstLine + ")", lines, t.headers);
        }
        if (t.firstOver12 == 0 && t.secondOver12 == 0) {
            return new Scan(layout, DateOrder.DMY, "default (no day over 12)", lines, t.headers);
        }
        boolean dmy = t.firstOver12 >= t.secondOver12;
        String conflict = t.firstOver12 > 0 && t.secondOver12 > 0
                ? "; " + Math.min(t.firstOver12, t.secondOver12) + " lines disagree" : "";
        String reason = dmy
                ? "day over 12 in the first field (line " + t.firstOver12Line + ")" + conflict
                : "day over 12 in the second field (line " + t.secondOver12Line + ")" + conflict;
        return new Scan(layout, dmy ? DateOrder.DMY : DateOrder.MDY, reason, lines, t.headers);
    }

    /** Evidence gathered from the header lines of one layout. */
    private static final class Tally {
        long headers;
        long yearFirst;
        long yearFirstLine;
        long firstOver12;
        long firstOver12Line;
        long secondOver12;
        long secondOver12Line;

        void add(HeaderMatcher h, long line) {
            headers++;
            if (h.firstDigits() == 4) {
                if (yearFirst++ == 0) {
                    yearFirstLine = line;
                }
            } else if (h.first() > 12) {
                if (firstOver12++ == 0) {
                    firstOver12Line = line;
                }
            } else if (h.second() > 12) {
                if (secondOver12++ == 0) {
                    secondOver12Line = line;
                }
            }
        }
    }
}
