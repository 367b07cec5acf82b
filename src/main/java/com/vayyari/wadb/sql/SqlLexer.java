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

    int parenDepth() {
        return parenDepth;
    }

    /** psql's psql_scan_set_paren_depth: an {@code \\if} branch not taken leaves no parenthesis open. */
    void parenDepth(int depth) {
        parenDepth = depth;
    }
    private int pos;
    /** The line being read, with the values of plain {@code :name} references spliced in. */
    private String line;
    /** Text before this position on the line is a variable's value: no references are expanded in it again. */
    private int valueEnd;
    private Substitution substitution = Substitution.NONE;

    /** Variables and standard_conforming_strings come from here from now on. */
    void substitution(Substitution callbacks) {
        this.substitution = callbacks;
        scanner.substitution(callbacks);
    }

    SqlLexer(StatementBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Lexes {@code line} from {@code from} into the buffer. After a SEMICOLON, {@link #position()} is just past it
     * (and it is in the buffer); after a BACKSLASH, at the backslash (not copied); after END_OF_LINE, at the end.
     */
    Stop scan(String text, int from) {
        if (text != line) {
            valueEnd = 0;  // a new line: nothing on it is a value yet
        }
        this.line = text;
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
                case VARIABLE -> {
                    if (variable(start, end)) {
                        continue;  // the value is read as if it had been typed there
                    }
                }
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

    /** The line as {@link #scan} left it: with the values of the variables it expanded. */
    String line() {
        return line;
    }

    /**
     * A variable reference from {@code start} to {@code end}. psql lexes a plain {@code :name}'s value as input, so
     * its quotes and semicolons count; that value is spliced into the line and true returned (scan on at
     * {@code start}). Quoted forms are one complete token and go into the buffer as they are.
     */
    private boolean variable(int start, int end) {
        String reference = line.substring(start, end);
        java.util.Optional<String> value = start < valueEnd ? java.util.Optional.empty()
                : Substitution.expand(substitution, reference);
        char form = reference.charAt(1);
        if (value.isPresent() && form != '\'' && form != '"' && form != '{') {
            line = line.substring(0, start) + value.get() + line.substring(end);
            valueEnd = start + value.get().length();
            pos = start;
            return true;
        }
        String text = value.orElse(reference);
        buffer.code(text, 0, text.length());
        return false;
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
