package com.vayyari.wadb.sql;

/**
 * psql's SQL lexer (psqlscan.l) as a character loop: it copies a line into the statement buffer and stops at a
 * semicolon that ends a statement, at a backslash that starts a command, or at the end of the line. It tracks only
 * what decides those stops: quotes, dollar quotes, nested comments, parentheses and routine bodies. Every character
 * is looked at a bounded number of times, so any line lexes in linear time.
 */
final class SqlLexer {

    /** psql's exclusive lexer states that matter for splitting; b'', x'' and U&'' lex like plain quotes. */
    private enum Mode { CODE, QUOTE, ESCAPE_QUOTE, IDENTIFIER, DOLLAR_QUOTE, COMMENT }

    /** Why {@link #scan} returned. */
    enum Stop { END_OF_LINE, SEMICOLON, BACKSLASH }

    private final StatementBuffer buffer;
    private final RoutineBodies routineBodies = new RoutineBodies();
    private Mode mode = Mode.CODE;
    private int parenDepth;
    private int commentDepth;
    private String dollarTag;

    private String line;
    private int pos;

    SqlLexer(StatementBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Lexes {@code line} from {@code from} into the buffer. After a SEMICOLON, {@link #position()} is just past it
     * (and it is in the buffer); after a BACKSLASH, at the backslash (not copied); after END_OF_LINE, at the end.
     */
    Stop scan(String line, int from) {
        this.line = line;
        this.pos = from;
        while (pos < line.length()) {
            switch (mode) {
                case CODE -> {
                    Stop stop = code();
                    if (stop != null) {
                        return stop;
                    }
                }
                case QUOTE -> quoted('\'');
                case IDENTIFIER -> quoted('"');
                case ESCAPE_QUOTE -> escapeQuoted();
                case DOLLAR_QUOTE -> dollarQuoted();
                case COMMENT -> comment();
            }
        }
        return Stop.END_OF_LINE;
    }

    int position() {
        return pos;
    }

    /** One token of code at {@code pos}; a stop when it ends the statement or starts a command. */
    private Stop code() {
        char c = line.charAt(pos);
        char next = charAt(pos + 1);
        if (SqlChars.isSpace(c)) {
            int end = pos + 1;
            while (end < line.length() && SqlChars.isSpace(line.charAt(end))) {
                end++;
            }
            buffer.droppable(line, pos, end);
            pos = end;
        } else if (c == '-' && next == '-') {
            int end = pos + 2;
            while (end < line.length() && !SqlChars.isNewline(line.charAt(end))) {
                end++;
            }
            buffer.droppable(line, pos, end);
            pos = end;
        } else if (c == '/' && next == '*') {
            commentDepth = 0;
            plain(pos + 2);
            mode = Mode.COMMENT;
        } else if (c == ';') {
            plain(pos + 1);
            if (parenDepth == 0 && !routineBodies.inBody()) {
                routineBodies.statementEnded();
                return Stop.SEMICOLON;
            }
        } else if (c == '\\') {
            return backslash(next);
        } else if (c == '\'' || c == '"') {
            open(c == '\'' ? Mode.QUOTE : Mode.IDENTIFIER, pos + 1);
        } else if (c == '$') {
            dollar(next);
        } else if (c == ':') {
            colon(next);
        } else if (SqlChars.isIdentStart(c)) {
            word(c, next);
        } else if (SqlChars.isDigit(c)) {
            number();
        } else {
            parenDepth += c == '(' ? 1 : c == ')' && parenDepth > 0 ? -1 : 0;
            code(pos + 1);
        }
        return null;
    }

    /**
     * psql's {@code \;} and {@code \:} put the bare character in the buffer: a semicolon that ends nothing (and, alone,
     * makes no statement), a colon that starts no variable. Any other backslash starts a command.
     */
    private Stop backslash(char next) {
        if (next != ';' && next != ':') {
            return Stop.BACKSLASH;
        }
        buffer.append(next, next == ':');
        if (next == ';') {
            routineBodies.statementEnded();
        }
        pos += 2;
        return null;
    }

    /** {@code $1} is a parameter; {@code $$} and {@code $tag$} open a dollar quote; any other $ is just a $. */
    private void dollar(char next) {
        int tagEnd = next == '$' ? pos + 2 : tagEnd(pos);
        if (tagEnd > 0) {
            dollarTag = line.substring(pos, tagEnd);
            open(Mode.DOLLAR_QUOTE, tagEnd);
        } else {
            code(digits(pos + 1));
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

    /** {@code ::} is a cast; {@code :name}, {@code :'name'}, {@code :"name"} are psql variables, kept as written. */
    private void colon(char next) {
        int end = pos + 1;
        if (next == ':') {
            end = pos + 2;
        } else if (SqlChars.isVariableChar(next)) {
            while (end < line.length() && SqlChars.isVariableChar(line.charAt(end))) {
                end++;
            }
        } else {
            end = Math.max(end, SqlChars.quotedVariableEnd(line, pos));
        }
        code(end);
    }

    /** An identifier or keyword, or the letter that opens E'', B'', X'', N'', U&'' or U&"". */
    private void word(char c, char next) {
        char lower = (char) (c | 0x20);
        char afterAmpersand = next == '&' && lower == 'u' ? charAt(pos + 2) : '\0';
        if (next == '\'' && lower == 'e') {
            open(Mode.ESCAPE_QUOTE, pos + 2);
        } else if (next == '\'' && (lower == 'b' || lower == 'x')) {
            open(Mode.QUOTE, pos + 2);
        } else if (afterAmpersand == '\'' || afterAmpersand == '"') {
            open(afterAmpersand == '\'' ? Mode.QUOTE : Mode.IDENTIFIER, pos + 3);
        } else if ((next == '\'' && lower == 'n') || (next == '&' && lower == 'u')) {
            code(pos + 1);
        } else {
            int end = pos + 1;
            while (end < line.length() && SqlChars.isIdentCont(line.charAt(end))) {
                end++;
            }
            routineBodies.word(line.subSequence(pos, end), parenDepth);
            code(end);
        }
    }

    /** A number, with psql 15's trailing junk: {@code 1e'x'} is the junk {@code 1e} and a plain string. */
    private void number() {
        int end = digits(pos);
        if (charAt(end) == '.' && charAt(end + 1) != '.') {
            end = digits(end + 1);
        }
        if (end < line.length() && SqlChars.isIdentStart(line.charAt(end))) {
            while (end < line.length() && SqlChars.isIdentCont(line.charAt(end))) {
                end++;
            }
        }
        code(end);
    }

    private int digits(int from) {
        int end = from;
        while (end < line.length() && SqlChars.isDigit(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Inside '…' or "…": the quote doubled stays inside. */
    private void quoted(char quote) {
        int close = line.indexOf(quote, pos);
        if (close < 0) {
            plain(line.length());
        } else if (charAt(close + 1) == quote) {
            plain(close + 2);
        } else {
            plain(close + 1);
            mode = Mode.CODE;
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
                plain(end + 1);
                mode = Mode.CODE;
                return;
            } else {
                end++;
            }
        }
        plain(end);
    }

    /** Inside a dollar quote: only the same tag closes it; a different {@code $tag$} is text. */
    private void dollarQuoted() {
        int dollar = line.indexOf('$', pos);
        if (dollar < 0) {
            plain(line.length());
            return;
        }
        plain(dollar);
        int end = charAt(dollar + 1) == '$' ? dollar + 2 : tagEnd(dollar);
        if (end < 0) {
            plain(dollar + 1);
        } else if (end - dollar == dollarTag.length() && line.startsWith(dollarTag, dollar)) {
            plain(end);
            dollarTag = null;
            mode = Mode.CODE;
        } else {
            // psql's $delim$…$junk$delim$ case: the last $ may open the real closing tag, so scan it again.
            plain(end - 1);
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
                    mode = Mode.CODE;
                    break;
                }
            } else {
                end++;
            }
        }
        plain(end);
    }

    private void open(Mode quote, int end) {
        code(end);
        mode = quote;
    }

    private void code(int end) {
        buffer.code(line, pos, end);
        pos = end;
    }

    private void plain(int end) {
        buffer.plain(line, pos, end);
        pos = end;
    }

    /** The char at {@code i}, or NUL past the end; callers compare it only with characters other than NUL. */
    private char charAt(int i) {
        return i < line.length() ? line.charAt(i) : '\0';
    }

    /** True inside a quote, dollar quote or comment: psql keeps even an empty line there. */
    boolean inQuote() {
        return mode != Mode.CODE;
    }

    /** psql's prompt %R. */
    char promptState() {
        return switch (mode) {
            case QUOTE, ESCAPE_QUOTE -> '\'';
            case IDENTIFIER -> '"';
            case DOLLAR_QUOTE -> '$';
            case COMMENT -> '*';
            case CODE -> parenDepth > 0 ? '(' : routineBodies.inBody() || !buffer.isEmpty() ? '-' : '=';
        };
    }

    /** Forgets all state, as psql does after {@code \g} or {@code \r}. */
    void reset() {
        mode = Mode.CODE;
        parenDepth = 0;
        commentDepth = 0;
        dollarTag = null;
        routineBodies.reset();
    }
}
