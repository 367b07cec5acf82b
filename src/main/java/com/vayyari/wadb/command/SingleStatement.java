package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;

/**
 * The guard for {@code export --query}, whose text is wrapped as {@code COPY (text) TO STDOUT}: it must be one
 * statement whose parentheses balance, so it can neither end the COPY early nor add statements after it. Quotes,
 * E'' strings, quoted identifiers, dollar quotes and (nested) comments are skipped as PostgreSQL lexes them; a
 * backslash outside them (psql's {@code \;} or {@code \g}) is refused, being no SQL.
 */
final class SingleStatement {

    private final String sql;
    private int pos;

    private SingleStatement(String sql) {
        this.sql = sql;
    }

    /** {@code sql} without trailing semicolons, or a usage error saying why it is not one statement. */
    static String of(String sql) {
        return new SingleStatement(sql).check();
    }

    private String check() {
        int depth = 0;
        int end = -1;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (end >= 0 && c != ';' && !Character.isWhitespace(c) && !startsComment()) {
                throw refuse("it holds more than one statement");
            }
            if (c == '\'' || c == '"') {
                skipQuoted(c, c == '\'' && isEscapeString());
            } else if (c == '$' && dollarTag() != null) {
                skipDollarQuoted(dollarTag());
            } else if (startsComment()) {
                skipComment();
            } else if (c == '\\') {
                throw refuse("a backslash outside quotes is psql syntax, not SQL");
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    throw refuse("it has a ')' without its '('");
                }
                if (c == ';' && end < 0) {
                    end = pos;
                }
                pos++;
            }
        }
        if (depth != 0) {
            throw refuse("a '(' is not closed");
        }
        String statement = (end < 0 ? sql : sql.substring(0, end)).strip();
        if (statement.isEmpty()) {
            throw refuse("it is empty");
        }
        return statement;
    }

    private boolean startsComment() {
        return sql.startsWith("--", pos) || sql.startsWith("/*", pos);
    }

    private boolean isEscapeString() {
        return pos > 0 && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
                && (pos == 1 || !Character.isLetterOrDigit(sql.charAt(pos - 2)) && sql.charAt(pos - 2) != '_');
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else {
                pos++;
            }
        }
        throw refuse("a quote is not closed");
    }

    /** {@code $tag$} starting at pos (tag empty or an identifier not starting with a digit), else null. */
    private String dollarTag() {
        int i = pos + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        boolean valid = i < sql.length() && sql.charAt(i) == '$' && (i == pos + 1 || !Character.isDigit(sql.charAt(pos + 1)));
        return valid ? sql.substring(pos, i + 1) : null;
    }

    private void skipDollarQuoted(String tag) {
        int close = sql.indexOf(tag, pos + tag.length());
        if (close < 0) {
            throw refuse("a dollar quote is not closed");
        }
        pos = close + tag.length();
    }

    private void skipComment() {
        if (sql.startsWith("--", pos)) {
            int newline = sql.indexOf('\n', pos);
            pos = newline < 0 ? sql.length() : newline + 1;
            return;
        }
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw refuse("a /* comment is not closed");
    }

    private WadbException refuse(String why) {
        return WadbException.usage("--query must be one SQL statement, and " + why + ": " + Arguments.show(sql));
    }
}
