package com.vayyari.wadb.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --mask}: phone numbers and WhatsApp ids cut to their first two and last four digits, so output can be
 * shared: {@code 919876543210@s.whatsapp.net} becomes {@code 91•••••3210@s.whatsapp.net}. The hidden part is
 * always five dots, so the length of a number is not given away either.
 */
final class Masking {

    private static final String HIDDEN = "•••••";

    /** The digits before the domain; the {@code -<created>} part of old group ids is a timestamp, kept. */
    private static final Pattern JID = Pattern.compile(
            "(?<![0-9])([0-9]+)((?:-[0-9]+)?@(?:s\\.whatsapp\\.net|c\\.us|g\\.us|lid|broadcast|newsletter))");

    /** {@code +} and 8 to 15 digits with single spaces or hyphens between, or 8 to 15 bare digits. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+([0-9](?:[ -]?[0-9]){7,14})|([0-9]{8,15}))(?![\\w@])");

    private Masking() {
    }

    /** Masks the JIDs in {@code text}: safe inside JSON and arrays, where bare numbers may be data. */
    static String jids(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = JID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(digits(m.group(1)) + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Masks JIDs and phone numbers in free text. */
    static String text(String text) {
        String masked = jids(text);
        if (masked == null) {
            return null;
        }
        Matcher m = PHONE.matcher(masked);
        StringBuilder out = new StringBuilder(masked.length());
        while (m.find()) {
            String replacement = m.group(1) != null ? "+" + digits(m.group(1).replaceAll("[ -]", "")) : digits(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String digits(String digits) {
        if (digits.length() <= 6) {
            return HIDDEN;
        }
        return digits.substring(0, 2) + HIDDEN + digits.substring(digits.length() - 4);
    }
}
