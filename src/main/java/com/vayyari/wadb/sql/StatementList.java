package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one text sent as a whole: psql's {@code a \; b} reaches the server as {@code a ; b}, one Query
 * message. A statement ends at a semicolon outside parentheses and outside an SQL-standard routine body, the rule
 * psql's lexer applies, so {@code CREATE FUNCTION … BEGIN ATOMIC …; … END} stays one statement.
 */
public final class StatementList {

    /** One statement: where it lies in the text, without its semicolon. */
    public record Part(int start, int end, String text) {
    }

    /** Told where each statement ends; answers false to stop reading. */
    private interface Ends {
        boolean statement(int start, int end, boolean blank);
    }

    private StatementList() {
    }

    /** The statements of {@code text} in order, blank ones (only spaces or comments) left out. */
    public static List<Part> of(String text) {
        List<Part> parts = new ArrayList<>();
        scan(text, (start, end, blank) -> {
            if (!blank) {
                parts.add(new Part(start, end, text.substring(start, end)));
            }
            return true;
        });
        return parts;
    }

    /** True when {@code text} holds more than one statement; reads only as far as the second one. */
    public static boolean several(String text) {
        int[] found = {0};
        scan(text, (start, end, blank) -> {
            found[0] += blank ? 0 : 1;
            return found[0] < 2;
        });
        return found[0] > 1;
    }

    /**
     * True for several statements of plain SQL, with no backslash command or variable in them: what psql's
     * {@code -c} sends to the server as it is, in one message, so that they share one implicit transaction.
     */
    public static boolean sentWhole(String text) {
        for (SqlToken token : SqlTokenizer.lazily(text)) {
            if (token.kind() == SqlToken.Kind.BACKSLASH_COMMAND || token.kind() == SqlToken.Kind.VARIABLE) {
                return false;
            }
        }
        return several(text);
    }

    private static void scan(String text, Ends ends) {
        RoutineBodies bodies = new RoutineBodies();
        int depth = 0;
        int start = 0;
        boolean blank = true;
        for (SqlToken token : SqlTokenizer.lazily(text)) {
            switch (token.kind()) {
                case OPERATOR -> depth += token.is("(") ? 1 : token.is(")") && depth > 0 ? -1 : 0;
                case WORD -> bodies.word(token.text(), depth);
                default -> {
                }
            }
            if (token.kind() == SqlToken.Kind.SEMICOLON && depth == 0 && !bodies.inBody()) {
                if (!ends.statement(start, token.start(), blank)) {
                    return;
                }
                bodies.statementEnded();
                start = token.end();
                blank = true;
            } else if (token.significant()) {
                blank = false;
            }
        }
        ends.statement(start, text.length(), blank);
    }
}
