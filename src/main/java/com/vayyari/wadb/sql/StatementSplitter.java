package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts input lines into SQL statements and backslash commands the way psql 15 does (psqlscan.l, mainloop.c): a
 * semicolon outside quotes, comments, parentheses and BEGIN ATOMIC bodies ends a statement; a backslash outside
 * quotes starts a command that runs to the end of its arguments, after which {@code \\} lets SQL go on. Pure: no
 * I/O, no JDBC; the REPL, {@code -f} and piped stdin all feed it lines.
 *
 * <p>A command read in the middle of a statement runs while the statement stays pending ({@code select 1 \x}),
 * except those that send the buffer ({@code \g}, {@code \gx}, {@code \gset} …) or clear it ({@code \r}), after
 * which the buffer is empty. A statement of nothing but its semicolon is handed over too, as psql sends it.
 *
 * <p>Where it differs from psql, of necessity: a trailing CR is cut from every line (psql keeps it, inside strings too); psql drops the rest of a line after a
 * command that fails, which a splitter cannot know; and psql's string continuation across a bare CR within one line
 * ({@code E'a'<CR>'b'}) is not followed.
 *
 * <p>Not thread-safe: one splitter per input.
 */
public final class StatementSplitter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final StatementBuffer buffer = new StatementBuffer();
    private final SqlLexer lexer = new SqlLexer(buffer);
    private boolean firstLine = true;

    /**
     * Feeds one input line and returns the pieces it completed, in order. A trailing CR is dropped, so CRLF input
     * splits like LF input. Text holding line breaks is fed as the lines a file reader would see in it: a final
     * line break ends the last line rather than starting an empty one.
     */
    public List<Piece> feed(String line) {
        List<Piece> pieces = new ArrayList<>(2);
        feed(line, piece -> {
            pieces.add(piece);
            return true;
        });
        return pieces;
    }

    /** Who takes each piece the moment it is complete; false stops reading the rest of the line ({@code \\q}). */
    @FunctionalInterface
    public interface PieceSink {
        boolean accept(Piece piece);
    }

    /**
     * Feeds one line as {@link #feed(String)} does, but hands each piece over as soon as it is complete, before the
     * rest of the line is read: as in psql, {@code \\set x 5 \\\\ select :x;} sees the new value. False when
     * the sink stopped.
     */
    public boolean feed(String line, PieceSink pieces) {
        int end = line.endsWith("\n") ? line.length() - 1 : line.length();
        int start = 0;
        for (int nl = line.indexOf('\n'); nl >= 0 && nl < end; nl = line.indexOf('\n', start)) {
            if (!feedLine(line.substring(start, nl), pieces)) {
                return false;
            }
            start = nl + 1;
        }
        return feedLine(line.substring(start, end), pieces);
    }

    /** Variables to expand and standard_conforming_strings to follow, from now on. */
    public StatementSplitter substitution(Substitution callbacks) {
        lexer.substitution(callbacks);
        return this;
    }

    /** Where the pending statement stands, for {@link #rewind}: its text and, as psql keeps it, the paren depth. */
    public long mark() {
        return buffer.mark() << 16 | Math.min(lexer.parenDepth(), 0xFFFF);
    }

    /**
     * Drops what the buffer took in since {@code mark}: the lines of an {@code \\if} branch not taken; a parenthesis
     * they opened is forgotten too, as psql's conditional stack restores its paren depth.
     */
    public void rewind(long mark) {
        buffer.rewind(mark >>> 16);
        lexer.parenDepth((int) (mark & 0xFFFF));
    }

    /** At the end of input: what is left, if it holds SQL or an unclosed quote or comment (for the server to report). */
    public Optional<Piece> finish() {
        Optional<Piece> rest = buffer.hasCode() || lexer.inQuote()
                ? Optional.of(new Piece.Sql(buffer.toString(), false))
                : Optional.empty();
        reset();
        return rest;
    }

    /** True while a statement is pending: the REPL shows its continuation prompt (JLine: EOFError). */
    public boolean incomplete() {
        return promptState() != '=';
    }

    /**
     * psql's prompt {@code %R}: {@code =} nothing pending, {@code -} a statement continues, {@code '} in a quote,
     * {@code "} in a quoted identifier, {@code $} in a dollar quote, {@code *} in a comment, {@code (} inside
     * parentheses.
     */
    public char promptState() {
        return lexer.promptState();
    }

    /** The pending statement so far, as {@code \p} shows it. */
    public String buffer() {
        return buffer.toString();
    }

    /** Forgets the pending statement and all lexer state, as psql does on Ctrl-C; {@code \r} is handled already. */
    public void reset() {
        buffer.clear();
        lexer.reset();
    }

    private boolean feedLine(String line, PieceSink pieces) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (firstLine && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            line = line.substring(1);
        }
        firstLine = false;
        // psql ignores an empty line outside quotes altogether: it adds no newline to the statement.
        if (line.isEmpty() && !lexer.inQuote()) {
            return true;
        }
        int addedNewline = buffer.startLine();
        int pos = 0;
        while (true) {
            SqlLexer.Stop stop = lexer.scan(line, pos);
            line = lexer.line();
            pos = lexer.position();
            if (stop == SqlLexer.Stop.END_OF_LINE) {
                return true;
            }
            if (stop == SqlLexer.Stop.SEMICOLON) {
                String text = buffer.toString();
                reset();
                // A statement with nothing but the semicolon is sent too, as psql sends it: the server's empty
                // query sets ERROR, SQLSTATE and ROW_COUNT like any other.
                if (!pieces.accept(new Piece.Sql(text.substring(0, text.length() - 1), true))) {
                    return false;
                }
            } else {
                // A line holding only a command leaves the pending statement exactly as it was.
                buffer.dropNewlineAddedAt(addedNewline);
                int resume = CommandExtent.resumeAt(line, argsEnd(line, pos));
                if (!command(line, pos, pieces)) {
                    return false;
                }
                pos = resume;
            }
            addedNewline = -1;
        }
    }

    private static int argsEnd(String line, int backslash) {
        return CommandExtent.argsEnd(line, backslash, CommandExtent.nameEnd(line, backslash));
    }

    /** Hands over the backslash command at {@code backslash}; false when the sink stopped. */
    private boolean command(String line, int backslash, PieceSink pieces) {
        int nameEnd = CommandExtent.nameEnd(line, backslash);
        String name = line.substring(backslash + 1, nameEnd);
        int argsEnd = CommandExtent.argsEnd(line, backslash, nameEnd);
        Piece.Meta meta = new Piece.Meta(name, trim(line, nameEnd, argsEnd), buffer.toString());
        if (MetaCommands.consumesQuery(name)) {
            reset();
        }
        return pieces.accept(meta);
    }

    private static String trim(String s, int from, int to) {
        while (from < to && SqlChars.isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && SqlChars.isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
