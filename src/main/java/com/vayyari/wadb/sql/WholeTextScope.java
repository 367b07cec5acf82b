package com.vayyari.wadb.sql;

/**
 * Marks the thread that is reading the answer to a text sent whole ({@link WholeTextQuery}), for the socket below
 * pgjdbc (db's ServerMessageStream). There a rule's DO INSTEAD or DO ALSO query can start a new result set without
 * the previous one being completed: the server sends one CommandComplete for the whole statement, psql (libpq)
 * takes each RowDescription as the start of a new result, and pgjdbc would drop all but the last. Knowing that the
 * answer is to a simple Query, the socket completes each result set before the next begins.
 */
public final class WholeTextScope {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private WholeTextScope() {
    }

    public static boolean active() {
        return ACTIVE.get();
    }

    public static void enter() {
        ACTIVE.set(true);
    }

    public static void leave() {
        ACTIVE.set(false);
    }
}
