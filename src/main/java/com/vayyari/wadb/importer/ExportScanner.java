package com.vayyari.wadb.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The cheap first pass over an export: which header shape it is written in (see {@link HeaderMatcher#shape()})
 * and which field of its dates is the day. It keeps counts only, never lines, so memory stays flat whatever the
 * file's size.
 *
 * <p>The shape is the one most header lines have; lines of other shapes are headers from elsewhere. Day/month
 * order: the year is the four-digit (or era) field, else the last; of the other two, one over 12 can only be
 * the day. A four-digit first field means year, month, day. With no such evidence the order is dmy, the more
 * common one worldwide. If both kinds of evidence occur the one seen on more lines wins, and the lines it
 * makes impossible are reported as unparsed.
 */
final class ExportScanner {

    /** What the first pass decided. */
    record Scan(ExportLayout layout, int shape, DateOrder dateOrder, String dateOrderDecidedBy, long lines,
            long headers) {
    }

    private ExportScanner() {
    }

    static Scan scan(ExportSource source, DateOrder forced) {
        Map<Integer, Tally> shapes = new HashMap<>();
        HeaderMatcher header = new HeaderMatcher();
        long lines;
        long yearlessLine = 0;
        try (ExportLines in = new ExportLines(source)) {
            Tally last = null;
            for (String line = in.next(); line != null; line = in.next()) {
                if (header.match(line, HeaderMatcher.ANY_SHAPE)) {
                    int shape = header.shape();
                    if (last == null || last.shape != shape) {
                        last = shapes.computeIfAbsent(shape, s -> new Tally(s, header.layout()));
                    }
                    last.add(header, in.number());
                } else if (yearlessLine == 0 && header.yearless()) {
                    yearlessLine = in.number();
                }
            }
            lines = in.number();
        }
        Tally chosen = null;
        for (Tally t : shapes.values()) {
            if (chosen == null || t.headers > chosen.headers) {
                chosen = t;
            }
        }
        if (chosen == null && yearlessLine > 0) {
            throw new ImportException("the dates in " + source.name() + " have no year (line " + yearlessLine
                    + "), as some old exports wrote this year's: there is no telling when these messages were sent");
        }
        if (chosen == null) {
            throw new ImportException("no WhatsApp message line in " + source.name() + " (expected lines like "
                    + "'31/12/2020, 22:15 - Name: text' or '[31/12/2020, 22:15:03] Name: text')");
        }
        if (forced != null) {
            return new Scan(chosen.layout, chosen.shape, forced, "given", lines, chosen.headers);
        }
        return decide(chosen, lines);
    }

    private static Scan decide(Tally t, long lines) {
        if (t.yearFirst * 2 > t.headers) {
            return scan(t, DateOrder.YMD, "year first (line " + t.yearFirstLine + ")", lines);
        }
        if (t.firstOver12 == 0 && t.secondOver12 == 0) {
            return scan(t, DateOrder.DMY, "default (no day over 12)", lines);
        }
        boolean dmy = t.firstOver12 >= t.secondOver12;
        String conflict = t.firstOver12 > 0 && t.secondOver12 > 0
                ? "; " + Math.min(t.firstOver12, t.secondOver12) + " lines disagree" : "";
        String reason = dmy
                ? "day over 12 in the first field (line " + t.firstOver12Line + ")" + conflict
                : "day over 12 in the second field (line " + t.secondOver12Line + ")" + conflict;
        return scan(t, dmy ? DateOrder.DMY : DateOrder.MDY, reason, lines);
    }

    private static Scan scan(Tally t, DateOrder order, String reason, long lines) {
        return new Scan(t.layout, t.shape, order, reason, lines, t.headers);
    }

    /** Evidence gathered from the header lines of one shape. */
    private static final class Tally {
        final int shape;
        final ExportLayout layout;
        long headers;
        long yearFirst;
        long yearFirstLine;
        long firstOver12;
        long firstOver12Line;
        long secondOver12;
        long secondOver12Line;

        Tally(int shape, ExportLayout layout) {
            this.shape = shape;
            this.layout = layout;
        }

        void add(HeaderMatcher h, long line) {
            headers++;
            if (h.monthByName() > 0) {
                return;
            }
            int y = h.yearField() >= 0 ? h.yearField() : 2;
            int p = h.field(y == 0 ? 1 : 0);
            int q = h.field(y == 2 ? 1 : 2);
            if (y == 0) {
                if (yearFirst++ == 0) {
                    yearFirstLine = line;
                }
            } else if (p > 12) {
                if (firstOver12++ == 0) {
                    firstOver12Line = line;
                }
            } else if (q > 12) {
                if (secondOver12++ == 0) {
                    secondOver12Line = line;
                }
            }
        }
    }
}
