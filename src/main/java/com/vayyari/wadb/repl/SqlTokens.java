package com.vayyari.wadb.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text as typed at the prompt into tokens with positions, for completion and highlighting. It follows the
 * psql lexer's quoting rules (strings, E'' escapes, dollar quotes, nested comments, quoted identifiers) but,
 * unlike the statement splitter, it keeps every token and tolerates text that stops anywhere: an unclosed quote
 * or comment runs to the end and is marked unterminated.
 */
final class SqlTokens {

    enum Kind { SPACE, WORD, QUOTED_IDENT, STRING, NUMBER, COMMENT, PARAM, PUNCT, META }

    /** One token: {@code text.substring(start, end)}; {@code closed} is false for an unterminated quote or comment. */
    record Token(Kind kind, int start, int end, String text, boolean closed) {
        boolean is(String punctuation) {
            return kind == Kind.PUNCT && text.equals(punctuation);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean significant() {
            return kind != Kind.SPACE && kind != Kind.COMMENT;
        }
    }

    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SqlTokens(String text) {
        this.s = text;
    }

    static List<Token> of(String text) {
        SqlTokens lexer = new SqlTokens(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        boolean lineStart = true;
        while (pos < s.length()) {
            int start = pos;
            char c = s.charAt(pos);
            if (c == '\\' && lineStart) {
                pos = lineEnd();
                add(Kind.META, start, true);
            } else if (Character.isWhitespace(c)) {
                while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                add(Kind.SPACE, start, true);
            } else if (s.startsWith("--", pos)) {
                pos = lineEnd();
                // Open until its line ends: completion at the end of such a line is inside the comment.
                add(Kind.COMMENT, start, pos < s.length());
            } else if (s.startsWith("/*", pos)) {
                add(Kind.COMMENT, start, blockComment());
            } else if (c == '\'') {
                add(Kind.STRING, start, quoted('\'', false));
            } else if (c == '"') {
                add(Kind.QUOTED_IDENT, start, quoted('"', false));
            } else if (c == '$') {
                dollar(start);
            } else if (c == ':' && pos + 1 < s.length() && isIdentStart(s.charAt(pos + 1))
                    && (pos == 0 || s.charAt(pos - 1) != ':')) {
                pos++;
                identifierRest();
                add(Kind.PARAM, start, true);
            } else if (isDigit(c) || c == '.' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1))) {
                number();
                add(Kind.NUMBER, start, true);
            } else if (isIdentStart(c)) {
                word(start);
            } else {
                pos++;
                add(Kind.PUNCT, start, true);
            }
            // A backslash command counts only at the start of a line (psql also takes one after SQL; here that
            // stays SQL text, which is all highlighting and completion need).
            Token last = tokens.get(tokens.size() - 1);
            lineStart = last.kind() == Kind.SPACE && (lineStart || last.text().indexOf('\n') >= 0);
        }
    }

    private void add(Kind kind, int start, boolean closed) {
        tokens.add(new Token(kind, start, pos, s.substring(start, pos), closed));
    }

    private int lineEnd() {
        int nl = s.indexOf('\n', pos);
        return nl < 0 ? s.length() : nl;
    }

    private boolean blockComment() {
        int depth = 0;
        while (pos < s.length()) {
            if (s.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (s.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return true;
                }
            } else {
                pos++;
            }
        }
        return false;
    }

    /** From the opening quote at pos; a doubled quote stays inside; with {@code escapes}, so does {@code \x}. */
    private boolean quoted(char quote, boolean escapes) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (escapes && c == '\\' && pos + 1 < s.length()) {
                pos += 2;
            } else if (c == quote) {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return true;
                }
            } else {
                pos++;
            }
        }
        return false;
    }

    /** {@code $1} is a parameter; {@code $$…$$} and {@code $tag$…$tag$} are strings; a lone {@code $} is punctuation. */
    private void dollar(int start) {
        int i = pos + 1;
        if (i < s.length() && isDigit(s.charAt(i))) {
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            pos = i;
            add(Kind.PARAM, start, true);
            return;
        }
        while (i < s.length() && (isIdentStart(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$') {
            String tag = s.substring(start, i + 1);
            int close = s.indexOf(tag, i + 1);
            pos = close < 0 ? s.length() : close + tag.length();
            add(Kind.STRING, start, close >= 0);
            return;
        }
        pos++;
        add(Kind.PUNCT, start, true);
    }

    private void number() {
        while (pos < s.length() && (isDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int i = pos + 1;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i < s.length() && isDigit(s.charAt(i))) {
                pos = i;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
        }
    }

    /** A word; E'…', B'…', X'…' and N'…' are strings with a prefix, E'…' with backslash escapes. */
    private void word(int start) {
        char c = s.charAt(pos);
        if ("eEbBxXnN".indexOf(c) >= 0 && pos + 1 < s.length() && s.charAt(pos + 1) == '\'') {
            pos++;
            add(Kind.STRING, start, quoted('\'', c == 'e' || c == 'E'));
            return;
        }
        identifierRest();
        add(Kind.WORD, start, true);
    }

    private void identifierRest() {
        pos++;
        while (pos < s.length() && (isIdentStart(s.charAt(pos)) || isDigit(s.charAt(pos)) || s.charAt(pos) == '$')) {
            pos++;
        }
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '\u0080';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
