package com.vayyari.wadb.sql;

import java.util.Arrays;

/**
 * psql's SQL lexer (psqlscan.l) as a character loop: it copies a line into the statement buffer and stops at a
 * semicolon that ends a statement, at a backslash that starts a command, or at the end of the line. It tracks only
 * what decides those stops: quotes, dollar quotes, nested comments, parenthesis depth and BEGIN ATOMIC bodies.
 * Every character is looked at a bounded number of times, so any line lexes in linear time.
 */
final class SqlLexer {

    /** psql's exclusive lexer states that matter for splitting; b'', x'' and U&'' lex like plain quotes. */
    enum Mode { CODE, QUOTE, ESCAPE_QUOTE, IDENTIFIER, DOLLAR_QUOTE, COMMENT }

    /** Why {@link #scan} returned. */
    enum Stop { END_OF_LINE, SEMICOLON, BACKSLASH }

    private static final String[] ROUTINE_WORDS = {"create", "function", "procedure", "or", "replace"};

    private final StringBuilder text = new StringBuilder();
    private boolean hasCode;
    private Mode mode = Mode.CODE;
    private int parenDepth;
    private int commentDepth;
    private String dollarTag;
    /** psql's heuristic for CREATE FUNCTION … BEGIN ATOMIC … END: initials of the leading words, and a depth. */
    private final char[] routineInitials = new char[4];
    private int identifierCount;
    private int beginDepth;

    private String line;
    private int pos;

    /**
     * Lexes {@code line} from {@code from}, appending to the buffer. After a SEMICOLON, {@link #position()} is just
     * past it; after a BACKSLASH, at the backslash (not copied); after END_OF_LINE, at the end.
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
            leadingDroppable(end);
        } else if (c == '-' && next == '-') {
            int end = pos + 2;
            while (end < line.length() && !SqlChars.isNewline(line.charAt(end))) {
                end++;
            }
            leadingDroppable(end);
        } else if (c == '/' && next == '*') {
            commentDepth = 0;
            enter(Mode.COMMENT, pos + 2, false);
        } else if (c == ';') {
            raw(pos + 1);
            if (parenDepth == 0 && beginDepth == 0) {
                identifierCount = 0;
                return Stop.SEMICOLON;
            }
        } else if (c == '\\') {
            if (next != ';' && next != ':') {
                return Stop.BACKSLASH;
            }
            // psql's \; and \: put the bare character in the buffer: a semicolon that ends nothing, a colon
            // that starts no variable. A lone \; is no statement, so it does not count as code.
            text.append(next);
            if (next == ';') {
                identifierCount = 0;
            } else {
                hasCode = true;
            }
            pos += 2;
        } else if (c == '\'') {
            enter(Mode.QUOTE, pos + 1, true);
        } else if (c == '"') {
            enter(Mode.IDENTIFIER, pos + 1, true);
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
            token(pos + 1);
        }
        return null;
    }

    /** Whitespace and -- comments: psql 15 drops them until the buffer holds something. */
    private void leadingDroppable(int end) {
        if (text.length() > 0) {
            text.append(line, pos, end);
        }
        pos = end;
    }

    private void token(int end) {
        text.append(line, pos, end);
        hasCode = true;
        pos = end;
    }

    private void enter(Mode next, int end, boolean isCode) {
        text.append(line, pos, end);
        hasCode |= isCode;
        pos = end;
        mode = next;
    }

    /** {@code $1} is a parameter; {@code $$} and {@code $tag$} open a dollar quote; any other $ is just a $. */
    private void dollar(char next) {
        if (next == '$') {
            dollarTag = "$$";
            enter(Mode.DOLLAR_QUOTE, pos + 2, true);
        } else if (SqlChars.isDigit(next)) {
            int end = pos + 1;
            while (end < line.length() && SqlChars.isDigit(line.charAt(end))) {
                end++;
            }
            token(end);
        } else {
            int end = tagEnd(pos);
            if (end > 0) {
                dollarTag = line.substring(pos, end);
                enter(Mode.DOLLAR_QUOTE, end, true);
            } else {
                token(pos + 1);
            }
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
        token(end);
    }

    /** An identifier or keyword, or the letter that opens E'', B'', X'', N'', U&'' or U&"". */
    private void word(char c, char next) {
        char lower = (char) (c | 0x20);
        if (next == '\'' && lower == 'e') {
            enter(Mode.ESCAPE_QUOTE, pos + 2, true);
        } else if (next == '\'' && (lower == 'b' || lower == 'x')) {
            enter(Mode.QUOTE, pos + 2, true);
        } else if (next == '\'' && lower == 'n') {
            token(pos + 1);
        } else if (next == '&' && lower == 'u') {
            char quote = charAt(pos + 2);
            if (quote == '\'' || quote == '"') {
                enter(quote == '\'' ? Mode.QUOTE : Mode.IDENTIFIER, pos + 3, true);
            } else {
                token(pos + 1);
            }
        } else {
            int end = pos + 1;
            while (end < line.length() && SqlChars.isIdentCont(line.charAt(end))) {
                end++;
            }
            identifier(end);
            token(end);
        }
    }

    /** A number, with psql 15's trailing junk: {@code 1e'x'} is junk {@code 1e} and a plain string. */
    private void number() {
        int end = pos;
        while (end < line.length() && SqlChars.isDigit(line.charAt(end))) {
            end++;
        }
        if (charAt(end) == '.' && charAt(end + 1) != '.') {
            end++;
            while (end < line.length() && SqlChars.isDigit(line.charAt(end))) {
                end++;
            }
        }
        if (end < line.length() && SqlChars.isIdentStart(line.charAt(end))) {
            while (end < line.length() && SqlChars.isIdentCont(line.charAt(end))) {
                end++;
            }
        }
        token(end);
    }

    /**
     * psql's BEGIN ATOMIC tracking: once a statement starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN and (inside
     * one) CASE open a block that END closes, and semicolons inside a block end nothing.
     */
    private void identifier(int end) {
        CharSequence word = line.subSequence(pos, end);
        if (identifierCount == 0) {
            Arrays.fill(routineInitials, '\0');
        }
        for (String routineWord : ROUTINE_WORDS) {
            if (identifierCount < routineInitials.length && SqlChars.isKeyword(word, routineWord)) {
                routineInitials[identifierCount] = routineWord.charAt(0);
            }
        }
        identifierCount = Math.min(identifierCount + 1, Integer.MAX_VALUE - 1);
        char[] w = routineInitials;
        boolean routine = w[0] == 'c' && (w[1] == 'f' || w[1] == 'p'
                || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
        if (!routine || parenDepth != 0) {
            return;
        }
        if (SqlChars.isKeyword(word, "begin")) {
            beginDepth++;
        } else if (SqlChars.isKeyword(word, "case") && beginDepth >= 1) {
            beginDepth++;
        } else if (SqlChars.isKeyword(word, "end") && beginDepth > 0) {
            beginDepth--;
        }
    }

    /** Inside '…' or "…": the quote doubled stays inside. */
    private void quoted(char quote) {
        int close = line.indexOf(quote, pos);
        if (close < 0) {
            raw(line.length());
        } else if (charAt(close + 1) == quote) {
            raw(close + 2);
        } else {
            raw(close + 1);
            mode = Mode.CODE;
        }
    }

    /** Inside E'…': a backslash escapes the next character, {@code ''} is a quote. */
    private void escapeQuoted() {
        int end = pos;
        while (end < line.length()) {
            char c = line.charAt(end);
            if (c == '\\') {
                end = Math.min(end + 2, line.length());
            } else if (c == '\'' && charAt(end + 1) == '\'') {
                end += 2;
            } else if (c == '\'') {
                raw(end + 1);
                mode = Mode.CODE;
                return;
            } else {
                end++;
            }
        }
        raw(end);
    }

    /** Inside a dollar quote: only the same tag closes it; a different {@code $tag$} is text. */
    private void dollarQuoted() {
        int dollar = line.indexOf('$', pos);
        if (dollar < 0) {
            raw(line.length());
            return;
        }
        raw(dollar);
        int end = charAt(dollar + 1) == '$' ? dollar + 2 : tagEnd(dollar);
        if (end < 0) {
            raw(dollar + 1);
        } else if (line.regionMatches(dollar, dollarTag, 0, dollarTag.length()) && end - dollar == dollarTag.length()) {
            raw(end);
            dollarTag = null;
            mode = Mode.CODE;
        } else {
            // psql's $delim$…$junk$delim$ case: the last $ may open the real closing tag, so scan it again.
            raw(end - 1);
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
        raw(end);
    }

    private void raw(int end) {
        text.append(line, pos, end);
        pos = end;
    }

    /** The char at {@code i}, or NUL past the end; callers compare it only with characters other than NUL. */
    private char charAt(int i) {
        return i < line.length() ? line.charAt(i) : '\0';
    }

    // --- the statement buffer --------------------------------------------------------------------------------

    /** Starts a new input line: psql puts a newline between lines once the buffer holds something. */
    int startLine() {
        if (text.length() == 0) {
            return -1;
        }
        text.append('\n');
        return text.length();
    }

    /** Takes back the newline {@link #startLine} added when nothing followed it before a backslash command. */
    void dropNewlineAddedAt(int length) {
        if (length > 0 && text.length() == length) {
            text.setLength(length - 1);
        }
    }

    String text() {
        return text.toString();
    }

    boolean hasCode() {
        return hasCode;
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
            case CODE -> parenDepth > 0 ? '(' : beginDepth > 0 || text.length() > 0 ? '-' : '=';
        };
    }

    /** Empties the buffer and forgets all state, as psql does after {@code \g} or {@code \r}. */
    void reset() {
        text.setLength(0);
        hasCode = false;
        mode = Mode.CODE;
        parenDepth = 0;
        commentDepth = 0;
        dollarTag = null;
        identifierCount = 0;
        beginDepth = 0;
    }
}
