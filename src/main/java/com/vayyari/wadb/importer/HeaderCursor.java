package com.vayyari.wadb.importer;

/** A position in one line and the few moves {@link HeaderMatcher} makes over it: marks, spaces, numbers. */
abstract class HeaderCursor {

    String line;
    int n;
    int pos;
    /** How many digits the last {@link #readNumber} read. */
    int lastDigits;

    final void reset(String text) {
        line = text;
        n = text.length();
        pos = 0;
    }

    final boolean at(char c) {
        return pos < n && line.charAt(pos) == c;
    }

    final void skipMarks() {
        while (pos < n && InvisibleMarks.isMark(line.charAt(pos))) {
            pos++;
        }
    }

    /** Skips spaces of any width and marks; returns how many characters. */
    final int skipSpaces() {
        int start = pos;
        while (pos < n && (line.charAt(pos) == ' ' || InvisibleMarks.isOddSpace(line.charAt(pos))
                || InvisibleMarks.isMark(line.charAt(pos)))) {
            pos++;
        }
        return pos - start;
    }

    /** A number of 1–4 digits of any script (Arabic-Indic too), or -1; {@link #lastDigits} says how many. */
    final int readNumber() {
        int value = 0;
        int start = pos;
        while (pos < n) {
            int d = digit(line.charAt(pos));
            if (d < 0) {
                break;
            }
            value = value * 10 + d;
            pos++;
        }
        lastDigits = pos - start;
        return lastDigits == 0 || lastDigits > 4 ? -1 : value;
    }

    static int digit(char c) {
        if (c <= '9') {
            return c >= '0' ? c - '0' : -1;
        }
        return c < 0x660 ? -1 : Character.digit(c, 10);
    }

    /** A letter-first line is worth a month lookup only as {@code Mar 5, 2016}: a short word, a space, a digit. */
    final boolean monthFirstLikely() {
        int i = pos;
        while (i < n && i - pos < 12 && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '.')) {
            i++;
        }
        return i + 1 < n && line.charAt(i) == ' ' && digit(line.charAt(i + 1)) >= 0;
    }

    /** Month 1–12 of the word at the cursor (moved past it), or 0. */
    final int monthWord() {
        int start = pos;
        while (pos < n && (Character.isLetter(line.charAt(pos)) || line.charAt(pos) == '.')) {
            pos++;
        }
        return pos == start ? 0 : HeaderWords.month(HeaderWords.normalize(line, start, pos));
    }
}
