package com.vayyari.wadb.importer;

import java.time.chrono.JapaneseEra;

/**
 * Recognises the line that starts a message in any of the layouts WhatsApp has written — {@code 31/12/2020,
 * 22:15 - } (Android), {@code [31/12/2020, 22:15:03] } (iOS), {@code 13/06/15 10:59:59: } (iOS before 2017),
 * time first ({@code [14:56:01, 3/18/22]}), a word between date and time ({@code 12/07/2017 à 22:35 -},
 * {@code 13.6.2018 klo 21.25.15 -}), month names ({@code 19:23, 28 Aug 2013 -}), era years ({@code 2565 BE},
 * {@code R4}), digits of any script — and exposes its raw fields. Which field is the day is not decided here:
 * that needs the whole file (see {@link ExportScanner}).
 *
 * <p>Each recognised line has a {@link #shape()}: everything about its layout except the numbers (brackets,
 * separators, the word or comma between date and time, what ends the header). An export is written in one
 * shape; a line in another one is a header from elsewhere, not a continuation of the message before it.
 *
 * <p>Hand-written rather than a regular expression: one pass over the header's characters, no allocation
 * for the usual layouts, and words (am/pm, months) looked up in the JDK's locale data ({@link HeaderWords}).
 * One instance per reader; the accessors describe the last line matched.
 */
final class HeaderMatcher extends HeaderCursor {

    /** For {@link #match}: accept a header of any shape. */
    static final int ANY_SHAPE = -1;
    /** What ends a header. */
    private static final int DASH = 1;
    private static final int COLON = 2;
    private static final int SEMICOLON = 3;
    /** Only white space between the time and the sender ({@code 13. 6. 2018. 21:25:15 a: m}): seconds required. */
    private static final int SPACE = 4;
    private static final int BRACKET = 5;

    private static final int BRACKETED = 1;
    private static final int TIME_FIRST = 2;
    private static final int MONTH_NAME = 4;

    private final int[] field = new int[3];
    private final int[] digits = new int[3];
    private int monthByName;
    private int yearField;
    private char era;
    private JapaneseEra japaneseEra;
    private int hour;
    private int minute;
    private int seconds;
    private boolean hasSeconds;
    private char meridiem;
    private int dateSeparator;
    private int joiner;
    /** What ended the header, 0 when the line is none; flags: bracketed, time first, month name. */
    private int terminator;
    private int flags;
    private int restStart;
    private boolean yearless;

    /**
     * Whether the line starts with a header of the given shape ({@link #ANY_SHAPE}: any). On success the
     * accessors describe this line until the next call; on failure {@link #headerLike()} says whether it was a
     * header of another shape.
     */
    boolean match(String text, int only) {
        terminator = 0;
        yearless = false;
        boolean header = parse(text);
        terminator = header ? terminator : 0;
        return header && (only == ANY_SHAPE || only == shape());
    }

    /**
     * After a failed {@link #match}: the line is a header, only not of the shape asked for. Not said of the
     * bare-space shape ({@code 21:25:15 a: m}), which a message's own line could have by chance.
     */
    boolean headerLike() {
        return terminator != 0 && terminator != SPACE;
    }

    private boolean parse(String text) {
        reset(text);
        skipMarks();
        if (pos >= n) {
            return false;
        }
        flags = 0;
        monthByName = 0;
        yearField = -1;
        era = 0;
        meridiem = 0;
        joiner = 0;
        char c = text.charAt(pos);
        if (c == '[') {
            flags |= BRACKETED;
            pos++;
            skipMarks();
        } else if (digit(c) < 0 && !(Character.isLetter(c) && monthFirstLikely())) {
            return false;
        }
        int start = pos;
        if (readNumber() >= 0 && at(':')) {
            flags |= TIME_FIRST;
            pos = start;
            if (!time()) {
                return false;
            }
            amPm();
            if (!joiner() || !date()) {
                return false;
            }
        } else {
            pos = start;
            if (!date() || !joiner() || !time()) {
                return false;
            }
            amPm();
        }
        return end();
    }

    private boolean date() {
        if (pos < n && Character.isLetter(line.charAt(pos))) {
            return monthFirstDate();
        }
        field[0] = readNumber();
        digits[0] = lastDigits;
        if (field[0] < 0) {
            return false;
        }
        skipMarks();
        if (pos + 1 < n && line.charAt(pos) == ' ' && Character.isLetter(line.charAt(pos + 1))) {
            return dayFirstMonthName();
        }
        if (pos >= n || "/.-".indexOf(line.charAt(pos)) < 0) {
            return false;
        }
        char sep = line.charAt(pos++);
        dateSeparator = sep;
        for (int i = 1; i < 3; i++) {
            skipMarks();
            if (sep == '.') {
                skipSpaces();
            }
            if (i == 2 && pos + 1 < n && Character.isLetter(line.charAt(pos)) && digit(line.charAt(pos + 1)) >= 0) {
                japaneseEra = HeaderWords.japaneseEra(line.charAt(pos));
                if (japaneseEra == null) {
                    return false;
                }
                era = 'J';
                pos++;
            }
            field[i] = readNumber();
            digits[i] = lastDigits;
            if (field[i] < 0) {
                return false;
            }
            skipMarks();
            if (i == 1) {
                if (!at(sep)) {
                    return false;
                }
                pos++;
            }
        }
        if (sep == '.' && at('.')) {
            pos++; // 13. 6. 2018. 21:25:15
        }
        yearField = era == 'J' ? 2 : digits[0] == 4 ? 0 : digits[1] == 4 ? 1 : digits[2] == 4 ? 2 : -1;
        if (era == 0 && at(' ')) {
            era = HeaderWords.eraNamed(line, pos + 1);
            pos += era == 0 ? 0 : 1 + HeaderWords.ERA_NAME_LENGTH;
        }
        if (era == 0 && yearField >= 0 && field[yearField] >= HeaderWords.BUDDHIST_YEARS) {
            era = 'B'; // Thai Android writes Buddhist years without BE; no Gregorian one is that far off
        }
        return true;
    }

    /** {@code Aug 28, 2013}. */
    private boolean monthFirstDate() {
        if ((monthByName = monthWord()) == 0) {
            return false;
        }
        skipSpaces();
        field[0] = readNumber();
        digits[0] = lastDigits;
        if (field[0] < 0) {
            return false;
        }
        if (at(',')) {
            pos++;
        }
        skipSpaces();
        return year();
    }

    /** {@code 28 Aug 2013}. */
    private boolean dayFirstMonthName() {
        skipSpaces();
        if ((monthByName = monthWord()) == 0) {
            return false;
        }
        skipSpaces();
        return year();
    }

    /** The four-digit year of a date with a month name; a date without one (WhatsApp omits this year's) has no instant. */
    private boolean year() {
        flags |= MONTH_NAME;
        dateSeparator = 0;
        field[1] = readNumber();
        digits[1] = lastDigits;
        if (lastDigits != 4 || at(':') || at('.')) {
            yearless = true;
            return false;
        }
        yearField = 1;
        return true;
    }

    /** What stands between date and time (or time and date): a comma, a dash, a word such as à or klo. */
    private boolean joiner() {
        skipMarks();
        if (at(',') || at('\u060C')) {
            joiner = at(',') ? 1 : 2;
            pos++;
        }
        skipSpaces();
        if ((at('-') || at('\u2013')) && pos + 1 < n && line.charAt(pos + 1) == ' ') {
            joiner = 3;
            pos++;
            skipSpaces();
        } else if (pos < n && Character.isLetter(line.charAt(pos))) {
            int start = pos;
            while (pos < n && Character.isLetter(line.charAt(pos))) {
                pos++;
            }
            // An am/pm marker before the time (오후 2:56, 午後2:56:01) is the clock's, and needs no space after it.
            char marker = HeaderWords.meridiem(HeaderWords.normalize(line, start, pos));
            meridiem = marker != 0 ? marker : meridiem;
            joiner = marker != 0 ? 4 : 5 + (line.substring(start, pos).hashCode() & 0x3ff);
            if (skipSpaces() == 0 && marker == 0) {
                return false;
            }
        }
        return pos < n && digit(line.charAt(pos)) >= 0;
    }

    private boolean time() {
        hour = readNumber();
        if (hour < 0 || lastDigits > 2 || !(at(':') || at('.'))) {
            return false;
        }
        char sep = line.charAt(pos++);
        minute = readNumber();
        if (lastDigits != 2) {
            return false;
        }
        hasSeconds = false;
        seconds = 0;
        if (at(sep) && pos + 1 < n && digit(line.charAt(pos + 1)) >= 0) {
            pos++;
            seconds = readNumber();
            if (lastDigits != 2) {
                return false;
            }
            hasSeconds = true;
        }
        return true;
    }

    /**
     * An am/pm marker in any locale's spelling ({@code PM}, {@code p. m.}, {@code م}) or a day period
     * ({@code in the morning}), or nothing. After an hour
     * over 12 a word right before a colon is a sender ({@code 21:25:15 a: m}; a. is Friulian's am); any other
     * marker there is read, and makes the time impossible ({@code 23:59 PM}), as it is.
     */
    private void amPm() {
        int before = pos;
        skipSpaces();
        int start = pos;
        while (pos < n) {
            char c = line.charAt(pos);
            boolean innerSpace = (c == ' ' || InvisibleMarks.isOddSpace(c)) && pos > start
                    && pos + 1 < n && Character.isLetter(line.charAt(pos + 1));
            if (!Character.isLetter(c) && c != '.' && !innerSpace) {
                break;
            }
            pos++;
        }
        boolean sender = hour > 12 && at(':');
        String word = pos == start || sender ? null : HeaderWords.normalize(line, start, pos);
        char found = word == null ? 0 : HeaderWords.meridiem(word);
        if (found == 0 && word != null && at(' ')) {
            found = HeaderWords.dayPeriod(word, hour);
        }
        if (found == 0) {
            pos = before;
        } else {
            meridiem = found;
        }
    }

    private boolean end() {
        skipMarks();
        if ((flags & BRACKETED) != 0) {
            skipSpaces();
            if (!at(']')) {
                return false;
            }
            pos++;
            terminator = BRACKET;
        } else if (at(':') || at(';')) {
            terminator = at(':') ? COLON : SEMICOLON;
            pos++;
        } else {
            int before = pos;
            skipSpaces();
            if (at('-') || at('\u2013')) {
                terminator = DASH;
                pos++;
            } else if (pos > before && hasSeconds && pos < n) {
                restStart = pos;
                terminator = SPACE;
                return true;
            } else {
                return false;
            }
        }
        if (pos < n && (line.charAt(pos) == ' ' || InvisibleMarks.isOddSpace(line.charAt(pos)))) {
            pos++;
        }
        restStart = pos;
        return true;
    }

    /** After a failed {@link #match}: the line began with a day and month name but no year ({@code Mar 5, 8:11 PM}). */
    boolean yearless() {
        return yearless;
    }

    /** The layout as a number: equal for two lines exactly when they were written the same way. */
    int shape() {
        return flags | terminator << 3 | dateSeparator << 6 | joiner << 14;
    }

    /** Android's layout or iOS's (brackets, or the colon of iOS before 2017). */
    ExportLayout layout() {
        return (flags & BRACKETED) != 0 || terminator == COLON ? ExportLayout.IOS : ExportLayout.ANDROID;
    }

    /** The date's numbers in the order written (a month written as a name is not among them). */
    int field(int i) {
        return field[i];
    }

    /** How many digits {@link #field} had as written. */
    int digits(int i) {
        return digits[i];
    }

    /** Which field is the year when the line itself says so (four digits, an era), else -1. */
    int yearField() {
        return yearField;
    }

    /** Month 1–12 when written as a name, else 0. */
    int monthByName() {
        return monthByName;
    }

    /** {@code 'B'} for a Thai Buddhist year, {@code 'H'} for a Hijri one, {@code 'J'} for a Japanese era year, else 0. */
    char era() {
        return era;
    }

    JapaneseEra japaneseEra() {
        return japaneseEra;
    }

    int hour() {
        return hour;
    }

    int minute() {
        return minute;
    }

    /** Seconds, 0 when the layout has none. */
    int seconds() {
        return seconds;
    }

    /** {@code 'a'}, {@code 'p'}, or 0 on a 24-hour clock. */
    char meridiem() {
        return meridiem;
    }

    /** Everything after the header: {@code Name: text} or a system notice. */
    String rest() {
        return line.substring(restStart);
    }
}
