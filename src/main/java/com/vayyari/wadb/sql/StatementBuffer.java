package com.vayyari.wadb.sql;

/**
 * psql's query buffer: the text of the pending statement, and whether any of it is code rather than whitespace,
 * comments or the bare semicolons of {@code \;} (a buffer without code is an empty statement, dropped).
 */
final class StatementBuffer {

    private final StringBuilder text = new StringBuilder();
    private boolean hasCode;

    void code(String s, int from, int to) {
        text.append(s, from, to);
        hasCode = true;
    }

    /** Text that is not code by itself: inside quotes and comments, or semicolons. */
    void plain(String s, int from, int to) {
        text.append(s, from, to);
    }

    void append(char c, boolean isCode) {
        text.append(c);
        hasCode |= isCode;
    }

    /** Whitespace and {@code --} comments: psql 15 drops them until the buffer holds something. */
    void droppable(String s, int from, int to) {
        if (!text.isEmpty()) {
            text.append(s, from, to);
        }
    }

    /** Starts a new input line: psql puts a newline between lines once the buffer holds something. */
    int startLine() {
        if (text.isEmpty()) {
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

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean hasCode() {
        return hasCode;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Where the buffer stands now, to come back to ({@code \\if} branches not taken leave nothing behind). */
    long mark() {
        return ((long) text.length() << 1) | (hasCode ? 1 : 0);
    }

    void rewind(long mark) {
        int length = (int) (mark >>> 1);
        if (length < text.length()) {
            text.setLength(length);
            hasCode = (mark & 1) != 0;
        }
    }

    void clear() {
        text.setLength(0);
        hasCode = false;
    }
}
