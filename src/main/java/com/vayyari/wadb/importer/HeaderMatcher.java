package com.vayyari.wadb.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line that starts a message — {@code 31/12/2020, 22:15 - } (Android) or
 * {@code [31/12/2020, 22:15:03] } (iOS) — and exposes its raw date and time fields. Which field is the day
 * is not decided here: that needs the whole file (see {@link ExportScanner}).
 *
 * <p>One instance per reader: the matchers are reused for every line, so a line costs no allocation
 * beyond the text after the header.
 */
final class HeaderMatcher {

    private static final String M = InvisibleMarks.MARKS_REGEX;
    private static final String S = InvisibleMarks.SPACE_REGEX;
    private static final String DATE = "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})\\.?";
    private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?";
    private static final String MERIDIEM = "(?:" + S + "*([aApP])\\.?" + S + "?[mM]\\.?)?";
    private static final Pattern ANDROID = Pattern.compile(
            M + DATE + M + ",?" + S + "*" + M + TIME + MERIDIEM + M + S + "*[-\\u2013]" + S + "?");
    private static final Pattern IOS = Pattern.compile(
            M + "\\[" + M + DATE + M + ",?" + S + "*" + M + TIME + MERIDIEM + M + "\\]" + S + "?");

    private static final int FIRST = 1;
    private static final int SECOND = 3;
    private static final int THIRD = 4;
    private static final int HOUR = 5;
    private static final int MINUTE = 6;
    private static final int SECONDS = 7;
    private static final int AM_PM = 8;

    private final Matcher android = ANDROID.matcher("");
    private final Matcher ios = IOS.matcher("");
    private Matcher matched;
    private ExportLayout layout;
    private String line;

    /**
     * Whether the line starts a message in the given layout ({@code null}: either).
     * On success the accessors describe this line until the next call.
     */
    boolean match(String text, ExportLayout only) {
        matched = null;
        int i = 0;
        while (i < text.length() && InvisibleMarks.isMark(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        if (first >= '0' && first <= '9') {
            return only != ExportLayout.IOS && attempt(android, text, ExportLayout.ANDROID);
        }
        return first == '[' && only != ExportLayout.ANDROID && attempt(ios, text, ExportLayout.IOS);
    }

    private boolean attempt(Matcher m, String text, ExportLayout candidate) {
        // lookingAt: the text after the header is taken as it is, never walked by the regex engine.
        if (!m.reset(text).lookingAt()) {
            return false;
        }
        matched = m;
        layout = candidate;
        line = text;
        return true;
    }

    ExportLayout layout() {
        return layout;
    }

    int first() {
        return number(FIRST);
    }

    int firstDigits() {
        return matched.end(FIRST) - matched.start(FIRST);
    }

    int second() {
        return number(SECOND);
    }

    int third() {
        return number(THIRD);
    }

    int thirdDigits() {
        return matched.end(THIRD) - matched.start(THIRD);
    }

    int hour() {
        return number(HOUR);
    }

    int minute() {
        return number(MINUTE);
    }

    /** Seconds, 0 when the layout has none (Android). */
    int seconds() {
        return matched.start(SECONDS) < 0 ? 0 : number(SECONDS);
    }

    /** {@code 'a'}, {@code 'p'}, or 0 on a 24-hour clock. */
    char meridiem() {
        int at = matched.start(AM_PM);
        return at < 0 ? 0 : Character.toLowerCase(line.charAt(at));
    }

    /** Everything after the header: {@code Name: text} or a system notice. */
    String rest() {
        return line.substring(matched.end());
    }

    private int number(int group) {
        int value = 0;
        for (int i = matched.start(group), end = matched.end(group); i < end; i++) {
            value = value * 10 + (line.charAt(i) - '0');
        }
        return value;
    }
}
