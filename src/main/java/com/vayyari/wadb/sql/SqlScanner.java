package com.vayyari.wadb.sql;

import com.vayyari.wadb.sql.SqlToken.Kind;

/**
 * psql's lexer rules (psqlscan.l) in one place: where each token on a line ends. Quotes, dollar quotes and comments
 * may run past the line; the scanner then remembers it is inside one and goes on with it on the next line, as psql's
 * exclusive states do. Both the statement splitter ({@link SqlLexer}) and the tokenizer ({@link SqlTokenizer}) read
 * lines through it, so they cannot disagree about where a string or a comment ends. Every character is looked at a
 * bounded number of times, so any line scans in linear time.
 */
final class SqlScanner {

    /** psql's exclusive states; b'', x'' and U&'' lex like standard strings, n'' like plain ones. */
    private enum Mode { CODE, QUOTE, ESCAPE_QUOTE, IDENTIFIER, DOLLAR_QUOTE, COMMENT }

    private Mode mode = Mode.CODE;
    private int commentDepth;
    private String dollarTag;
    private Kind kind;

    private String line;
    private int pos;
    private Substitution substitution = Substitution.NONE;

    /** Where the scanner learns standard_conforming_strings (psql's std_strings callback). */
    void substitution(Substitution callbacks) {
        this.substitution = callbacks;
    }

    /** psql's xqstart and xnstart: a plain or N'' string reads backslashes only when the server says so. */
    private Mode plainQuote() {
        return substitution.standardStrings() ? Mode.QUOTE : Mode.ESCAPE_QUOTE;
    }

    /**
     * Scans the token at {@code from} on {@code line} (no line break in it) and returns its end; {@link #kind()}
     * says what it was. Inside a quote or comment left open by an earlier line, the token is the rest of that.
     */
    int next(String line, int from) {
        this.line = line;
        this.pos = from;
        if (mode == Mode.CODE) {
            code();
        } else {
            resume();
        }
        return pos;
    }

    /** Goes on with the quote or comment an earlier line left open. */
    private void resume() {
        switch (mode) {
            case QUOTE, ESCAPE_QUOTE -> kind = Kind.STRING;
            case IDENTIFIER -> kind = Kind.QUOTED_IDENTIFIER;
            case DOLLAR_QUOTE -> kind = Kind.DOLLAR_STRING;
            case COMMENT -> kind = Kind.BLOCK_COMMENT;
            case CODE -> throw new IllegalStateException("not inside a quote");
        }
        body();
    }

    private void body() {
        switch (mode) {
            case QUOTE -> quoted('\'');
            case IDENTIFIER -> quoted('"');
            case ESCAPE_QUOTE -> escapeQuoted();
            case DOLLAR_QUOTE -> dollarQuoted();
            case COMMENT -> comment();
            case CODE -> throw new IllegalStateException("not inside a quote");
        }
    }

    /** The kind of the token {@link #next} last scanned. */
    Kind kind() {
        return kind;
    }

    /** True while a quote, dollar quote or comment is open: the last token goes on past the line. */
    boolean inQuote() {
        return mode != Mode.CODE;
    }

    /** psql's prompt %R inside a quote or comment ({@code ' " $ *}), or NUL in code. */
    char quoteState() {
        return switch (mode) {
            case QUOTE, ESCAPE_QUOTE -> '\'';
            case IDENTIFIER -> '"';
            case DOLLAR_QUOTE -> '$';
            case COMMENT -> '*';
            case CODE -> '\0';
        };
    }

    /** Forgets an open quote or comment. */
    void reset() {
        mode = Mode.CODE;
        commentDepth = 0;
        dollarTag = null;
    }

    private void code() {
        char c = line.charAt(pos);
        char next = charAt(pos + 1);
        if (SqlChars.isSpace(c)) {
            token(Kind.WHITESPACE, whileSpace(pos + 1));
        } else if (c == '-' && next == '-') {
            int end = pos + 2;
            while (end < line.length() && !SqlChars.isNewline(line.charAt(end))) {
                end++;
            }
            token(Kind.LINE_COMMENT, end);
        } else if (c == '/' && next == '*') {
            open(Kind.BLOCK_COMMENT, Mode.COMMENT, pos + 2);
        } else if (c == ';') {
            token(Kind.SEMICOLON, pos + 1);
        } else if (c == '\\') {
            backslash(next);
        } else if (c == '\'') {
            open(Kind.STRING, plainQuote(), pos + 1);
        } else if (c == '"') {
            open(Kind.QUOTED_IDENTIFIER, Mode.IDENTIFIER, pos + 1);
        } else if (c == '$') {
            dollar(next);
        } else if (c == ':') {
            colon(next);
        } else if (SqlChars.isIdentStart(c)) {
            word(c, next);
        } else if (SqlChars.isDigit(c) || (c == '.' && SqlChars.isDigit(next))) {
            number();
        } else {
            token(Kind.OPERATOR, pos + 1);
        }
    }

    /** {@code \;} and {@code \:} are escaped characters; any other backslash starts a command. */
    private void backslash(char next) {
        if (next == ';' || next == ':') {
            token(Kind.BACKSLASH_ESCAPE, pos + 2);
        } else {
            token(Kind.BACKSLASH_COMMAND, CommandExtent.end(line, pos));
        }
    }

    /** {@code $1} is a parameter; {@code $$} and {@code $tag$} open a dollar quote; any other $ is just a $. */
    private void dollar(char next) {
        int tagEnd = next == '$' ? pos + 2 : tagEnd(pos);
        if (tagEnd > 0) {
            dollarTag = line.substring(pos, tagEnd);
            open(Kind.DOLLAR_STRING, Mode.DOLLAR_QUOTE, tagEnd);
        } else if (SqlChars.isDigit(next)) {
            token(Kind.PARAMETER, digits(pos + 1));
        } else {
            token(Kind.OPERATOR, pos + 1);
        }
    }

    /** The end of a {@code $tag$} delimiter at {@code at} (after its closing $), or -1. */
    private int tagEnd(int at) {
        int end = at + 1;
        if (end >= line.length() || !SqlChars.isIdentStart(line.charAt(end))) {
            return -1;
        }
        while (end < line.length() && SqlChars.isVariableChar(line.charAt(end))) {
            end++;
        }
        return charAt(end) == '$' ? end + 1 : -1;
    }

    /** {@code ::} is a cast; {@code :name}, {@code :'name'}, {@code :"name"} are psql variables. */
    private void colon(char next) {
        if (next == ':') {
            token(Kind.CAST, pos + 2);
        } else if (SqlChars.isVariableChar(next)) {
            int end = pos + 1;
            while (end < line.length() && SqlChars.isVariableChar(line.charAt(end))) {
                end++;
            }
            token(Kind.VARIABLE, end);
        } else {
            int end = SqlChars.quotedVariableEnd(line, pos);
            token(end < 0 ? Kind.OPERATOR : Kind.VARIABLE, end < 0 ? pos + 1 : end);
        }
    }

    /** An identifier or keyword, or the letter that opens E'', B'', X'', N'', U&'' or U&"". */
    private void word(char c, char next) {
        char lower = (char) (c | 0x20);
        char afterAmpersand = next == '&' && lower == 'u' ? charAt(pos + 2) : '\0';
        if (next == '\'' && lower == 'e') {
            open(Kind.STRING, Mode.ESCAPE_QUOTE, pos + 2);
        } else if (next == '\'' && lower == 'n') {
            open(Kind.STRING, plainQuote(), pos + 2);
        } else if (next == '\'' && (lower == 'b' || lower == 'x')) {
            open(Kind.STRING, Mode.QUOTE, pos + 2);
        } else if (afterAmpersand == '\'') {
            open(Kind.STRING, Mode.QUOTE, pos + 3);
        } else if (afterAmpersand == '"') {
            open(Kind.QUOTED_IDENTIFIER, Mode.IDENTIFIER, pos + 3);
        } else {
            token(Kind.WORD, identifierEnd(pos + 1));
        }
    }

    /**
     * A number: digits, a fraction, an exponent; with psql 15's trailing junk glued on, so {@code 1e'x'} is the
     * junk {@code 1e} and a plain string.
     */
    private void number() {
        int end = digits(pos);
        if (charAt(end) == '.' && charAt(end + 1) != '.') {
            end = digits(end + 1);
        }
        char sign = charAt(end + 1);
        int exponentDigits = sign == '+' || sign == '-' ? end + 2 : end + 1;
        if ((charAt(end) | 0x20) == 'e' && SqlChars.isDigit(charAt(exponentDigits))) {
            end = digits(exponentDigits);
        }
        if (end < line.length() && SqlChars.isIdentStart(line.charAt(end))) {
            end = identifierEnd(end);
        }
        token(Kind.NUMBER, end);
    }

    /** Inside '…' or "…": the quote doubled stays inside. */
    private void quoted(char quote) {
        int at = pos;
        while (true) {
            int close = line.indexOf(quote, at);
            if (close < 0) {
                pos = line.length();
                return;
            }
            if (charAt(close + 1) != quote) {
                close(close + 1);
                return;
            }
            at = close + 2;
        }
    }

    /** Inside E'…': a backslash escapes the next character, {@code ''} is a quote. */
    private void escapeQuoted() {
        int end = pos;
        while (end < line.length()) {
            char c = line.charAt(end);
            if (c == '\\' || (c == '\'' && charAt(end + 1) == '\'')) {
                end = Math.min(end + 2, line.length());
            } else if (c == '\'') {
                close(end + 1);
                return;
            } else {
                end++;
            }
        }
        pos = end;
    }

    /**
     * Inside a dollar quote only the same tag closes it. psql tries a delimiter at every $ (after a different
     * {@code $junk$} it rescans that last $), which finds the first occurrence of the tag.
     */
    private void dollarQuoted() {
        int close = line.indexOf(dollarTag, pos);
        if (close < 0) {
            pos = line.length();
        } else {
            close(close + dollarTag.length());
            dollarTag = null;
        }
    }

    /** Inside a block comment; comments nest. */
    private void comment() {
        int end = pos;
        while (end < line.length()) {
            char c = line.charAt(end);
            if (c == '/' && charAt(end + 1) == '*') {
                commentDepth++;
                end += 2;
            } else if (c == '*' && charAt(end + 1) == '/') {
                end += 2;
                if (commentDepth-- == 0) {
                    close(end);
                    return;
                }
            } else {
                end++;
            }
        }
        pos = end;
    }

    /** A token that opens a quote or comment at {@code bodyStart}: its body is scanned at once, maybe to the end. */
    private void open(Kind quoteKind, Mode quote, int bodyStart) {
        kind = quoteKind;
        mode = quote;
        commentDepth = 0;
        pos = bodyStart;
        body();
    }

    private void close(int end) {
        pos = end;
        mode = Mode.CODE;
    }

    private void token(Kind tokenKind, int end) {
        kind = tokenKind;
        pos = end;
    }

    private int whileSpace(int from) {
        int end = from;
        while (end < line.length() && SqlChars.isSpace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    private int identifierEnd(int from) {
        int end = from;
        while (end < line.length() && SqlChars.isIdentCont(line.charAt(end))) {
            end++;
        }
        return end;
    }

    private int digits(int from) {
        int end = from;
        while (end < line.length() && SqlChars.isDigit(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The char at {@code i}, or NUL past the end; callers compare it only with characters other than NUL. */
    private char charAt(int i) {
        return i < line.length() ? line.charAt(i) : '\0';
    }
}
