package com.vayyari.wadb.sql;

/**
 * psql's character classes (psqlscan.l). psql lexes UTF-8 bytes, so every non-ASCII character counts as a letter;
 * here every char from U+0080 up does, lone surrogates included.
 */
final class SqlChars {

    private SqlChars() {
    }

    /** {@code [ \t\n\r\f]}: psql's whitespace; nothing else is (not even a vertical tab). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code ident_start} and {@code dolq_start}: a letter, underscore or non-ASCII character. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
    }

    /** {@code variable_char} and {@code dolq_cont}: an identifier start or a digit. */
    static boolean isVariableChar(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    /** {@code ident_cont}: unlike a dollar-quote tag, an identifier may hold {@code $}. */
    static boolean isIdentCont(char c) {
        return isVariableChar(c) || c == '$';
    }

    /**
     * The end of {@code :'name'}, {@code :"name"} or {@code :{?name}} starting at the colon at {@code at}, or -1.
     * psql takes these as one token, so their quotes open no string.
     */
    static int quotedVariableEnd(String s, int at) {
        int i = at + 1;
        if (i >= s.length()) {
            return -1;
        }
        char open = s.charAt(i);
        char close;
        if (open == '\'' || open == '"') {
            close = open;
            i++;
        } else if (open == '{' && i + 1 < s.length() && s.charAt(i + 1) == '?') {
            close = '}';
            i += 2;
        } else {
            return -1;
        }
        int nameStart = i;
        while (i < s.length() && isVariableChar(s.charAt(i))) {
            i++;
        }
        return i > nameStart && i < s.length() && s.charAt(i) == close ? i + 1 : -1;
    }

    /** ASCII-only case-insensitive comparison, like pg_strcasecmp: no Unicode folding (ſ is not s). */
    static boolean isKeyword(CharSequence word, String lowerKeyword) {
        if (word.length() != lowerKeyword.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerKeyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
