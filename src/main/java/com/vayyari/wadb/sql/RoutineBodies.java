package com.vayyari.wadb.sql;

import java.util.Arrays;

/**
 * psql's heuristic for SQL-standard routine bodies: once a statement starts CREATE [OR REPLACE] FUNCTION or
 * PROCEDURE, BEGIN (and, inside a body, CASE) opens a block that END closes, and a semicolon inside one ends
 * nothing. Only words outside parentheses count, so {@code f(begin int)} opens nothing.
 */
final class RoutineBodies {

    private static final String[] ROUTINE_WORDS = {"create", "function", "procedure", "or", "replace"};

    /** Initials of the statement's first words where they are routine words; psql looks at four. */
    private final char[] initials = new char[4];
    private int words;
    private int depth;

    /** An identifier or keyword of the current statement, at parenthesis depth {@code parenDepth}. */
    void word(CharSequence word, int parenDepth) {
        if (words == 0) {
            Arrays.fill(initials, '\0');
        }
        for (String routineWord : ROUTINE_WORDS) {
            if (words < initials.length && SqlChars.isKeyword(word, routineWord)) {
                initials[words] = routineWord.charAt(0);
            }
        }
        words = Math.min(words + 1, initials.length);
        if (!startsRoutine() || parenDepth != 0) {
            return;
        }
        if (SqlChars.isKeyword(word, "begin") || (SqlChars.isKeyword(word, "case") && depth > 0)) {
            depth++;
        } else if (SqlChars.isKeyword(word, "end") && depth > 0) {
            depth--;
        }
    }

    private boolean startsRoutine() {
        char[] w = initials;
        return w[0] == 'c' && (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
    }

    /** True inside a body, where semicolons end nothing. */
    boolean inBody() {
        return depth > 0;
    }

    /** A statement ended (a semicolon, or psql's {@code \;}): the next words start a new one. */
    void statementEnded() {
        words = 0;
    }

    void reset() {
        words = 0;
        depth = 0;
    }
}
