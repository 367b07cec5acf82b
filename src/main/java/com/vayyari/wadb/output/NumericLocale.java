package com.vayyari.wadb.output;

/**
 * psql's {@code \pset numericlocale on} (format_numeric_locale): the integer digits of a number grouped by threes.
 * psql takes the separators from the C library's locale and, where it has none (the C and C.UTF-8 locales wadb
 * and its tests run under), uses {@code ,} between groups and {@code .} before the fraction; so does wadb, always.
 */
final class NumericLocale {

    private NumericLocale() {
    }

    /** {@code value} with its digits grouped, or unchanged when it does not look like a number (money, NaN). */
    static String grouped(String value) {
        for (int i = 0; i < value.length(); i++) {
            if ("0123456789+-.eE".indexOf(value.charAt(i)) < 0) {
                return value;
            }
        }
        int start = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int end = start;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        int digits = end - start;
        StringBuilder grouped = new StringBuilder(value.length() + digits / 3);
        grouped.append(value, 0, start);
        for (int i = 0; i < digits; i++) {
            if (i > 0 && (digits - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(value.charAt(start + i));
        }
        return grouped.append(value, end, value.length()).toString();
    }
}
