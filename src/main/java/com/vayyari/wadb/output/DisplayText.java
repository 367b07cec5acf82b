package com.vayyari.wadb.output;

import java.util.Arrays;

/**
 * One value as psql shows it in aligned and expanded output (mbprint.c, {@code pg_wcssize} and
 * {@code pg_wcsformat}): split at LF into lines; CR shown as {@code \r}, a tab as spaces up to the next
 * multiple of 8, other ASCII controls as {@code \xNN}, C1 controls as {@code &#92;uNNNN}; every other code point
 * counts {@link DisplayWidth} columns. Measuring and formatting are one loop, as psql warns that its two
 * functions must be kept in sync.
 *
 * <p>A reusable cursor, not thread-safe: {@link #of} overwrites the previous value. A measurer keeps no text.
 */
final class DisplayText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final boolean keepText;
    private final StringBuilder line = new StringBuilder();
    private String[] texts = new String[4];
    private int[] widths = new int[4];
    private int count;
    private int width;

    private DisplayText(boolean keepText) {
        this.keepText = keepText;
    }

    /** Counts widths and lines only. */
    static DisplayText measurer() {
        return new DisplayText(false);
    }

    /** Also keeps the display text of each line. */
    static DisplayText formatter() {
        return new DisplayText(true);
    }

    /**
     * psql removes what its UTF-8 check rejects before printing in any format (mbvalidate); of valid text that
     * is only U+xFFFE and U+xFFFF above the BMP. Their low surrogates are U+DFFE/U+DFFF, a cheap first test.
     */
    static boolean dropped(int codePoint) {
        return codePoint >= 0x10000 && (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** {@code value} without the code points psql drops. */
    static String printable(String value) {
        if (value.indexOf('\uDFFE') < 0 && value.indexOf('\uDFFF') < 0) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(cp -> !dropped(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    DisplayText of(String value) {
        count = 0;
        width = 0;
        int columns = plainWidth(value);
        if (columns >= 0) {
            endLine(keepText ? value : null, columns);
        } else {
            rewrite(value);
        }
        return this;
    }

    /** The width of a value psql shows as it is (one line, nothing escaped or dropped), else -1. */
    private static int plainWidth(String value) {
        int columns = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (isPlainAscii(c)) {
                columns++;
            } else if (c < 0xA0) {
                return -1;
            } else if (Character.isHighSurrogate(c)) {
                int cp = value.codePointAt(i);
                if (dropped(cp)) {
                    return -1;
                }
                columns += DisplayWidth.of(cp);
                i += Character.charCount(cp) - 1;
            } else {
                columns += DisplayWidth.of(c);
            }
        }
        return columns;
    }

    /** The general case: line breaks, escapes, tab stops, dropped code points. */
    private void rewrite(String value) {
        line.setLength(0);
        int columns = 0;
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c < 0x80) {
                i++;
                if (isPlainAscii(c)) {
                    append(c);
                    columns++;
                } else if (c == '\n') {
                    endLine(keepText ? line.toString() : null, columns);
                    line.setLength(0);
                    columns = 0;
                } else if (c == '\r') {
                    append('\\');
                    append('r');
                    columns += 2;
                } else if (c == '\t') {
                    do {
                        append(' ');
                        columns++;
                    } while (columns % 8 != 0);
                } else {
                    append('\\');
                    append('x');
                    append(HEX[c >> 4]);
                    append(HEX[c & 15]);
                    columns += 4;
                }
                continue;
            }
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xA0) {
                if (keepText) {
                    line.append("\\u00").append(HEX[cp >> 4]).append(HEX[cp & 15]);
                }
                columns += 6;
            } else if (!dropped(cp)) {
                if (keepText) {
                    line.appendCodePoint(cp);
                }
                columns += DisplayWidth.of(cp);
            }
        }
        endLine(keepText ? line.toString() : null, columns);
    }

    /**
     * Where a piece of a display line that fills at most {@code target} columns ends, from {@code from} on (psql's
     * strlen_max_width): the first character is taken even when it alone is wider. The piece's width goes to
     * {@code width[0]}.
     */
    static int fit(String line, int from, int target, int[] width) {
        int used = 0;
        int i = from;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > target && used != 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        width[0] = used;
        return i;
    }

    /** Number of display lines (at least 1). */
    int lineCount() {
        return count;
    }

    /** Width of the widest line. */
    int width() {
        return width;
    }

    String line(int index) {
        return texts[index];
    }

    int lineWidth(int index) {
        return widths[index];
    }

    private static boolean isPlainAscii(char c) {
        return c >= 0x20 && c < 0x7F;
    }

    private void append(char c) {
        if (keepText) {
            line.append(c);
        }
    }

    private void endLine(String text, int columns) {
        if (count == widths.length) {
            texts = Arrays.copyOf(texts, count * 2);
            widths = Arrays.copyOf(widths, count * 2);
        }
        texts[count] = text;
        widths[count] = columns;
        count++;
        width = Math.max(width, columns);
    }
}
