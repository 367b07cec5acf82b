package com.vayyari.wadb.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * A describe command's name pattern as psql reads it (patternToSQLRegex in fe_utils/string_utils.c): shell-style
 * {@code *} and {@code ?}, upper case folded outside double quotes, {@code .} splitting database, schema and name,
 * and each part turned into an anchored regular expression for the server's {@code ~} operator.
 *
 * @param parts the regular expressions, outermost first (database, schema, name); as many as the dots allowed
 * @param dots  how many unquoted dots the pattern held, counting those beyond the parts allowed
 * @param literalDatabase the first part as written (case folded, no regex), for psql's cross-database check
 */
record NamePattern(List<String> parts, int dots, String literalDatabase) {

    /** The regex a lone {@code *} becomes: matching everything, so psql adds no condition for it. */
    static final String ANYTHING = "^(.*)$";

    /**
     * Parses {@code pattern} into at most {@code maxParts} parts (1: name; 2: schema.name; 3: db.schema.name); dots
     * past that stay in the last part as literal characters, as in psql, and are counted in {@link #dots()}.
     *
     * @param forceEscape quote regex characters outside double quotes too (for names that are not regexes)
     */
    static NamePattern parse(String pattern, int maxParts, boolean forceEscape) {
        List<StringBuilder> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder("^(");
        StringBuilder literal = new StringBuilder();
        boolean left = true;
        boolean quoted = false;
        int dots = 0;
        int i = 0;
        while (i < pattern.length()) {
            int ch = pattern.codePointAt(i);
            int next = i + Character.charCount(ch);
            if (ch == '"') {
                if (quoted && next < pattern.length() && pattern.charAt(next) == '"') {
                    current.append('"');
                    literalAppend(left, literal, '"');
                    next++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && ch < 128 && Character.isUpperCase(ch)) {
                char lower = Character.toLowerCase((char) ch);
                current.append(lower);
                literalAppend(left, literal, lower);
            } else if (!quoted && ch == '*') {
                current.append(".*");
                literalAppend(left, literal, '*');
            } else if (!quoted && ch == '?') {
                current.append('.');
                literalAppend(left, literal, '?');
            } else if (!quoted && ch == '.') {
                left = false;
                dots++;
                if (parts.size() + 1 < maxParts) {
                    parts.add(current.append(")$"));
                    current = new StringBuilder("^(");
                } else {
                    current.append('.');
                }
            } else if (ch == '$') {
                // Always literal: $ is legal in identifiers and the pattern is anchored anyway.
                current.append("\\$");
                literalAppend(left, literal, '$');
            } else {
                if ((quoted || forceEscape) && "|*+?()[]{}.^$\\".indexOf(ch) >= 0) {
                    current.append('\\');
                } else if (ch == '[' && next < pattern.length() && pattern.charAt(next) == ']') {
                    current.append('\\');  // "[]" is far more likely an array type than a bracket expression
                }
                current.appendCodePoint(ch);
                if (left) {
                    literal.appendCodePoint(ch);
                }
            }
            i = next;
        }
        parts.add(current.append(")$"));
        return new NamePattern(parts.stream().map(StringBuilder::toString).toList(), dots, literal.toString());
    }

    private static void literalAppend(boolean left, StringBuilder literal, char ch) {
        if (left) {
            literal.append(ch);
        }
    }

    /** The name part's regex. */
    String name() {
        return parts.get(parts.size() - 1);
    }

    /** The schema part's regex, or null when the pattern named none. */
    String schema() {
        return parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
    }

    /** The database part as written, or null when the pattern named none. */
    String database() {
        return parts.size() >= 3 ? literalDatabase : null;
    }
}
