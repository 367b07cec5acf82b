package com.vayyari.wadb.importer;

/**
 * The invisible characters WhatsApp sprinkles into exports: direction marks and embeddings (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), the byte-order mark (U+FEFF) and the no-break spaces (U+00A0, U+202F)
 * that some locales put before am/pm.
 */
final class InvisibleMarks {

    /** For regular expressions: any run of marks. */
    static final String MARKS_REGEX = "[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*";
    /** For regular expressions: one space of any of the widths exports use. */
    static final String SPACE_REGEX = "[ \\u00A0\\u202F\\u2009]";

    private InvisibleMarks() {
    }

    static boolean isMark(char c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** True when the text starts with a mark: WhatsApp's sign of a line it wrote itself (iOS). */
    static boolean startsWithMark(String text) {
        return !text.isEmpty() && isMark(text.charAt(0));
    }

    /** Drops all marks, turns odd spaces into plain ones and trims: for names and placeholders. */
    static String clean(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isMark(text.charAt(i)) && !isOddSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isOddSpace(c)) {
                out.append(' ');
            } else if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Drops marks at the start only: a message's own text keeps what its author typed. */
    static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i == 0 ? text : text.substring(i);
    }

    /** Drops white space and marks at the end: what is left of a line once WhatsApp's own suffix is cut off. */
    static String stripTrailingMarks(String text) {
        int end = text.length();
        while (end > 0 && (isMark(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))
                || isOddSpace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }
}
