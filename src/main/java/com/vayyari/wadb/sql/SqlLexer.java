package com.vayyari.wadb.sql;

/**
 * psql's SQL lexer (psqlscan.l) as the splitter needs it: it copies a line into the statement buffer token by token
 * ({@link SqlScanner}) and stops at a semicolon that ends a statement, at a backslash that starts a command, or at
 * the end of the line. On top of the tokens it tracks what decides those stops: parentheses and routine bodies.
 */
final class SqlLexer {

    /** Why {@link #scan} returned. */
    enum Stop { END_OF_LINE, SEMICOLON, BACKSLASH }

    private final StatementBuffer buffer;
    private final SqlScanner scanner = new SqlScanner();
    private final RoutineBodies routineBodies = new RoutineBodies();
    private int parenDepth;
    private int pos;

    SqlLexer(StatementBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Lexes {@code line} from {@code from} into the buffer. After a SEMICOLON, {@link #position()} is just past it
     * (and it is in the buffer); after a BACKSLASH, at the backslash (not copied); after END_OF_LINE, at the end.
     */
    Stop scan(String line, int from) {
        pos = from;
        while (pos < line.length()) {
            int start = pos;
            int end = scanner.next(line, start);
            switch (scanner.kind()) {
                case BACKSLASH_COMMAND -> {
                    return Stop.BACKSLASH;
                }
                case WHITESPACE, LINE_COMMENT -> buffer.droppable(line, start, end);
                case BLOCK_COMMENT -> buffer.plain(line, start, end);
                case SEMICOLON -> {
                    buffer.plain(line, start, end);
                    pos = end;
                    if (parenDepth == 0 && !routineBodies.inBody()) {
                        routineBodies.statementEnded();
                        return Stop.SEMICOLON;
                    }
                }
                case BACKSLASH_ESCAPE -> escaped(line.charAt(start + 1));
                case WORD -> {
                    routineBodies.word(line.subSequence(start, end), parenDepth);
                    buffer.code(line, start, end);
                }
                case OPERATOR -> {
                    char c = line.charAt(start);
                    parenDepth += c == '(' ? 1 : c == ')' && parenDepth > 0 ? -1 : 0;
                    buffer.code(line, start, end);
                }
                default -> buffer.code(line, start, end);
            }
            pos = end;
        }
        return Stop.END_OF_LINE;
    }

    int position() {
        return pos;
    }

    /**
     * psql's {@code \;} and {@code \:} put the bare character in the buffer: a semicolon that ends nothing (and,
     * alone, makes no statement), a colon that starts no variable.
     */
    private void escaped(char c) {
        buffer.append(c, c == ':');
        if (c == ';') {
            routineBodies.statementEnded();
        }
    }

    /** True inside a quote, dollar quote or comment: psql keeps even an empty line there. */
    boolean inQuote() {
        return scanner.inQuote();
    }

    /** psql's prompt %R. */
    char promptState() {
        char quote = scanner.quoteState();
        if (quote != '\0') {
            return quote;
        }
        return parenDepth > 0 ? '(' : routineBodies.inBody() || !buffer.isEmpty() ? '-' : '=';
    }

    /** Forgets all state, as psql does after {@code \g} or {@code \r}. */
    void reset() {
        scanner.reset();
        parenDepth = 0;
        routineBodies.reset();
    }
}
